/** Uploads as a browser sends them, and workbooks to upload or read back: for the HTTP tests. */
import ExcelJS from 'exceljs';

const BOUNDARY = 'luoshi-test-boundary';

/** The content type of a body from multipartBody. */
export const multipartHeaders = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** A multipart body: the form `fields`, then `data` as the part `file` named `name`. */
export function multipartBody(data: Uint8Array | string, fields: Record<string, string> = {}, name = 'upload.bin', type = 'application/octet-stream'): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    Buffer.from(data),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  );
  return Buffer.concat(parts);
}

/** A workbook of one sheet holding `rows`, as a file. */
export async function xlsx(rows: unknown[][], sheet: string): Promise<Buffer> {
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
