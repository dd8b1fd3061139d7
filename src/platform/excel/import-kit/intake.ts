import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';
import { contentMatchesExtension } from '../../files/sniff.ts';

/** An uploaded workbook and the form's text fields. */
export interface ImportForm {
  file: { name: string; data: Buffer };
  fields: Record<string, string>;
}

const fileRequired = () => new AppError('validation.failed', 'invalid', {}, [{ field: 'body.file', code: 'validation.required' }]);

/**
 * The multipart body of an import: the part named "file" and every text field. The size limit is
 * the server's upload limit (a larger file is a 413); the type is checked by content, not by name.
 */
export async function readImportForm(req: FastifyRequest): Promise<ImportForm> {
  if (!req.isMultipart()) throw fileRequired();
  const fields: Record<string, string> = {};
  let file: ImportForm['file'] | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      // Every file part is read to its end: busboy waits on an unread stream, and the request with it.
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { name: part.filename, data };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw fileRequired();
  return { file, fields };
}

/**
 * A workbook is a zip (.xlsx): anything else (an old .xls, a renamed page, an executable) is refused
 * before exceljs parses it, with the module's "cannot read this file" message.
 */
export function assertWorkbook(data: Buffer, prefix: string): void {
  if (!data.length || !contentMatchesExtension('xlsx', data)) throw new AppError(`${prefix}.import_unreadable`, 'invalid');
}
