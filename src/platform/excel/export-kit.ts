import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fileResponse } from '../http/schemas.ts';
import { sendFile } from '../files/index.ts';
import type { TableSheetWriter } from './sheet-writer.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 200 of an .xlsx route for the route's schema (documented as binary, never serialized). */
export const xlsxResponse = (description: string) => ({ 200: fileResponse(XLSX_MIME, description) });

/**
 * An export checked and fixed (scope, filters, the rows as of now) before a byte is written, so a
 * refusal is still an ordinary error answer; `write` streams it and resolves with the row count.
 */
export interface PreparedExport {
  fileName: string;
  rows: number;
  write(out: Writable): Promise<number>;
}

/**
 * Streams a prepared export as the download (platform/files' sendFile: one safe Content-Disposition): headers first, then the rows as the writer commits
 * them. A failure mid-file cannot become an error answer any more: it is logged and the
 * connection cut, so the browser shows a failed download instead of a truncated workbook.
 */
export function sendExport(req: FastifyRequest, reply: FastifyReply, prepared: PreparedExport) {
  const body = new PassThrough();
  // The workbook ends its own stream when the zip is done, but `write` may still record the
  // export (its audit row) after that: the download ends only once `write` has, so a finished
  // download is always an audited one.
  const workbook = new PassThrough();
  workbook.pipe(body, { end: false });
  prepared
    .write(workbook)
    .then(() => {
      if (!workbook.writableEnded) workbook.end();
      if (workbook.readableEnded) body.end();
      else workbook.once('end', () => body.end());
    })
    .catch((err) => {
      req.log.error({ err }, 'export failed');
      body.destroy(err as Error);
    });
  return sendFile(reply, { name: prepared.fileName, type: XLSX_MIME, stream: body });
}

/** A workbook built in memory (a template): the same headers (platform/files' sendFile), the whole buffer. */
export const sendWorkbook = (reply: FastifyReply, fileName: string, data: Buffer) => sendFile(reply, { name: fileName, type: XLSX_MIME, buffer: data });

/**
 * Writes pages of lines into a streaming sheet, waiting after each page until the zip has taken
 * it (memory stays flat whatever the size), then finishes the file; resolves with the rows written.
 */
export async function writePages<S extends TableSheetWriter, L>(sheet: S, pages: AsyncIterable<L[]>, addLine: (sheet: S, line: L) => void): Promise<number> {
  for await (const lines of pages) {
    for (const line of lines) addLine(sheet, line);
    await sheet.drain();
  }
  await sheet.finish();
  return sheet.rows;
}
