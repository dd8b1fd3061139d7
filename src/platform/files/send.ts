import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { cleanFileName } from './names.ts';

export interface ContentDispositionOptions {
  /** The plain-ASCII name for clients that ignore filename* (derived from the name when absent). */
  asciiName?: string;
  /** Shown in the browser rather than saved (a type the browser renders safely, such as an image). */
  inline?: boolean;
}

// RFC 5987 attr-char is narrower than what encodeURIComponent leaves alone: ' ( ) * must be escaped too.
const encodeExtValue = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// Inside the quoted filename: printable ASCII without the quote, the backslash (quoted-pair),
// % (some browsers percent-decode it) or ; (a naive parser splits on it); no path separator either.
const asciiOnly = (s: string) => s.replace(/[^\x20-\x7e]|["\\%;/]/g, '_');

/**
 * The Content-Disposition of a download: `attachment; filename="ASCII fallback";
 * filename*=UTF-8''percent-encoded` (RFC 6266 / RFC 5987). The header is pure ASCII whatever the
 * name holds, so no CR, LF, quote or non-Latin character can end it or start another.
 */
export function contentDisposition(name: string, opts: ContentDispositionOptions = {}): string {
  const full = cleanFileName(name) || 'download';
  const fallback = asciiOnly(cleanFileName(opts.asciiName ?? full)) || 'download';
  return `${opts.inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(full)}`;
}

export type SentFile = ContentDispositionOptions & {
  name: string;
  /** The media type it is served as. */
  type: string;
} & ({ buffer: Buffer; stream?: never; size?: never } | { stream: Readable; buffer?: never; size?: number });

/**
 * Every file the API sends goes out through here (stored files, generated .docx and .xlsx,
 * streamed exports): one way to name it, one type, the length when it is known.
 */
export function sendFile(reply: FastifyReply, file: SentFile): FastifyReply {
  reply.header('content-type', file.type).header('content-disposition', contentDisposition(file.name, file));
  if (file.stream) {
    if (file.size !== undefined) reply.header('content-length', file.size);
    return reply.send(file.stream);
  }
  return reply.send(file.buffer);
}
