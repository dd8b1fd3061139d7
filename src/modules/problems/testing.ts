/** Test helpers: a problem driven through the ledger's loop over HTTP, files and workbooks. */
import { expect } from 'vitest';
import type { TestClient } from '../../../test/support/http.ts';
import { multipartBody as body, multipartHeaders, xlsx as sheetFile } from '../../../test/support/upload.ts';

export async function act(c: TestClient, taskId: number, action: string, body: Record<string, unknown> = {}) {
  const version = (await c.get(`/api/tasks/${taskId}`)).json().version;
  const res = await c.post(`/api/tasks/${taskId}/actions/${action}`, { version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Acknowledged, reported, sign-off requested by the liaison, signed off by the supervisor. */
export async function closeMeasure(sup: TestClient, liaison: TestClient, taskId: number) {
  await act(liaison, taskId, 'acknowledge');
  expect((await liaison.post(`/api/tasks/${taskId}/reports`, { text: '已完成整改', percent: 100 })).statusCode).toBe(201);
  await act(liaison, taskId, 'requestSignOff');
  return act(sup, taskId, 'signOff');
}

export { multipartHeaders, readXlsx } from '../../../test/support/upload.ts';

/** An upload of the problem list (or any file named `name`). */
export const multipartBody = (file: Buffer | string, fields: Record<string, string> = {}, name = 'problems.xlsx') => body(file, fields, name);

export async function uploadEvidence(c: TestClient, name = '整改报告.txt', content = '整改完成情况报告'): Promise<number> {
  const res = await c.request('POST', '/api/files', multipartBody(content, {}, name), multipartHeaders);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A 问题清单 sheet holding `rows`, as a file. */
export const xlsx = (rows: unknown[][], sheet = '问题清单') => sheetFile(rows, sheet);
