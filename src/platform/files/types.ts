/**
 * What may be uploaded (POST /api/files) and the type it is served with: office documents
 * (including WPS and OFD), PDFs, images, archives and plain text, the evidence units attach.
 * Every extension here has a content check in sniff.ts.
 */
export const uploadTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
};

/** Longest name kept on record; a longer one is cut, its extension kept (see service.ts). */
export const MAX_FILE_NAME = 200;
