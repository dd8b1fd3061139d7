/** Test helpers: a problem driven through the ledger's loop over HTTP, files and workbooks. */
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import type { TestClient } from '../../../test/support/http.ts';

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

export const BOUNDARY = 'luoshi-problems-boundary';
export const multipartHeaders = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

export function multipartBody(file: Buffer, fields: Record<string, string> = {}, name = 'problems.xlsx'): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file, Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

export async function uploadEvidence(c: TestClient, name = '整改报告.txt', content = '整改完成情况报告'): Promise<number> {
  const res = await c.request('POST', '/api/files', multipartBody(Buffer.from(content), {}, name), multipartHeaders);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function xlsx(rows: unknown[][], sheet = '问题清单'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}
