/**
 * Stored files, for every module: the `files` table (src/migrations/20261125-0002-files.ts) and
 * its content under DATA_DIR/files, upload and download (routes.ts), the read check that asks
 * every module (attach.ts), and the one way any route sends a file (send.ts).
 */
export { uploadFile, saveFile, fileContent, openFile, requireFileAccess, MAX_FILE_BYTES, type StoredFile } from './service.ts';
export { canReadFile, readableFiles, assertAttachable } from './attach.ts';
export { sendFile, contentDisposition, type SentFile } from './send.ts';
export { readUpload } from './routes.ts';
export { contentMatchesExtension } from './sniff.ts';
export { uploadTypes } from './types.ts';
export type { FileMeta } from './repo.ts';
