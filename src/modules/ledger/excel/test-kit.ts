/** The ledger's Excel tests: a 任务分解表 sheet, uploaded as an .xlsx (the bodies from test/support/upload.ts). */
import { multipartBody as body, xlsx as sheet } from '../../../../test/support/upload.ts';

export { multipartHeaders, readXlsx } from '../../../../test/support/upload.ts';

export const xlsx = (rows: unknown[][], name = '任务分解表') => sheet(rows, name);

export const multipartBody = (file: Buffer, fields: Record<string, string> = {}, name = 'table.xlsx') =>
  body(file, fields, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
