import { afterEach, describe, expect, it, vi } from 'vitest';
// The client runs in the browser: a minimal document/window before it loads (no jsdom in this project).
vi.hoisted(() => {
  const g = globalThis as Record<string, unknown>;
  g.document ??= { cookie: '', documentElement: { lang: '' } };
  g.window ??= { location: { pathname: '/', search: '' } };
  g.localStorage ??= { getItem: () => null, setItem: () => {} };
});
import { api, importExcel, setCsrfToken, setUnauthorizedHandler } from './client';

type Call = { url: string; init: RequestInit };

function stubFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the one API client', () => {
  it('sends the CSRF header and the language on a multipart upload, and lets the browser set the boundary', async () => {
    setCsrfToken('tok-1');
    const calls = stubFetch(200, { id: 7 });
    const res = await api.upload<{ id: number }>('/api/files', { file: new Blob(['x']) });
    expect(res.id).toBe(7);
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('tok-1');
    expect(headers['Accept-Language']).toBeTruthy();
    expect(headers['Content-Type']).toBeUndefined();
    expect(calls[0].init.body).toBeInstanceOf(FormData);
  });

  it('turns an import rejected with row errors into a result, and other errors into a throw', async () => {
    setCsrfToken('tok-2');
    const errors = [{ row: 3, field: 'title', message: 'missing' }];
    stubFetch(400, { code: 'problems.import_rejected', message: '1 row is wrong', skipped: 1, errors });
    const r = await importExcel('/api/problems/import', new File(['x'], 'a.xlsx'), false, (b) => ({
      imported: 0,
      skipped: Number(b.skipped),
      errors: b.errors as typeof errors,
    }));
    expect(r).toEqual({ imported: 0, skipped: 1, errors, rejected: '1 row is wrong' });
    stubFetch(413, { code: 'common.too_large', message: 'too big' });
    await expect(importExcel('/api/problems/import', new File(['x'], 'a.xlsx'), false, () => ({ imported: 0, skipped: 0, errors: [] }))).rejects.toMatchObject({
      status: 413,
    });
  });

  it('calls the unauthorized handler on a 401 upload', async () => {
    setCsrfToken('tok-3');
    const seen: string[] = [];
    setUnauthorizedHandler(() => seen.push('401'));
    stubFetch(401, { code: 'auth.required', message: 'log in' });
    await expect(api.upload('/api/files', { file: new Blob(['x']) })).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual(['401']);
  });
});
