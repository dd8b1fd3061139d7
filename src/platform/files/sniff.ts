/**
 * Does a file's content look like what its extension says? Upload checks by extension alone let an
 * executable or an HTML page named .pdf through (issue #10, finding 11); the first bytes tell.
 */
const starts = (data: Buffer, ...magic: number[][]) => magic.some((m) => m.every((b, i) => data[i] === b));

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc .xls .ppt .wps
const ZIP = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
]; // .docx .xlsx .pptx .ofd .zip
const EXECUTABLE = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
]; // PE, ELF, Mach-O

const checks: Record<string, (d: Buffer) => boolean> = {
  pdf: (d) => d.subarray(0, 1024).includes('%PDF-'),
  doc: (d) => starts(d, OLE),
  xls: (d) => starts(d, OLE),
  ppt: (d) => starts(d, OLE),
  wps: (d) => starts(d, OLE),
  docx: (d) => starts(d, ...ZIP),
  xlsx: (d) => starts(d, ...ZIP),
  pptx: (d) => starts(d, ...ZIP),
  ofd: (d) => starts(d, ...ZIP),
  zip: (d) => starts(d, ...ZIP),
  rar: (d) => starts(d, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]),
  jpg: (d) => starts(d, [0xff, 0xd8, 0xff]),
  jpeg: (d) => starts(d, [0xff, 0xd8, 0xff]),
  png: (d) => starts(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  // Plain text: no NUL bytes and no executable header.
  txt: (d) => !d.subarray(0, 8192).includes(0) && !starts(d, ...EXECUTABLE),
};

/** True when `data` may be a file of type `ext`; an extension without a check is not vouched for. */
export function contentMatchesExtension(ext: string, data: Buffer): boolean {
  const check = checks[ext.toLowerCase()];
  return check ? check(data) : false;
}
