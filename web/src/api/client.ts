import { currentLang, readCookie } from '../i18n/lang';
import { ApiError, type ErrorBody } from './errors';

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  /** JSON, or a FormData for a multipart upload (the browser sets its boundary). */
  body?: unknown;
  signal?: AbortSignal;
  /** Login answers 401 for a wrong password: that is not "go to the login page". */
  skipAuthRedirect?: boolean;
}

let csrfToken: string | null = null;

/** Set from GET /api/me and the login response; the cookie luoshi_csrf is the fallback. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedHandler = () => void;

let onUnauthorized: UnauthorizedHandler = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/login') window.location.assign(`/login?next=${encodeURIComponent(here)}`);
};

/** The app replaces the default full-page redirect with a router navigation that keeps the intended path. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readError(res: Response): Promise<ErrorBody> {
  const fallback: ErrorBody = { code: `http.${res.status}`, message: res.statusText || `HTTP ${res.status}` };
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    return typeof body.code === 'string' && typeof body.message === 'string' ? (body as ErrorBody) : fallback;
  } catch {
    return fallback;
  }
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  const multipart = opts.body instanceof FormData;
  if (opts.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken ?? readCookie('luoshi_csrf');
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : multipart ? (opts.body as FormData) : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'network', message: '' });
  }
  if (res.status === 401 && !opts.skipAuthRedirect) onUnauthorized();
  if (!res.ok) throw new ApiError(res.status, await readError(res));
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Multipart POST of files and fields: same CSRF header, language and 401 redirect as JSON calls. */
  upload: <T>(path: string, fields: Record<string, string | Blob>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return request<T>('POST', path, { body: form });
  },
};

/** The answer every Excel import gives: rows imported or skipped, and the errors by row. */
export interface ImportAnswer<E> {
  imported: number;
  skipped: number;
  errors: E[];
  /** Set when nothing was imported: the server's reason. */
  rejected?: string;
}

/**
 * Posts an Excel import. An import that imported nothing answers 400 `<module>.import_rejected`
 * with the same row errors: that is a result to show, not a failure.
 */
export async function importExcel<R extends ImportAnswer<unknown>>(
  path: string,
  file: File,
  skipBadRows: boolean,
  rejected: (body: Record<string, unknown>) => R,
): Promise<R> {
  try {
    // Field order matters: the server reads skipBadRows before it streams the file.
    return await api.upload<R>(path, { skipBadRows: String(skipBadRows), file });
  } catch (err) {
    if (err instanceof ApiError && err.status === 400 && err.code.endsWith('.import_rejected') && Array.isArray(err.body.errors)) {
      return { ...rejected(err.body), rejected: err.message };
    }
    throw err;
  }
}

/** The list shape every list endpoint answers with. */
export interface Page<T> {
  total: number;
  items: T[];
}
