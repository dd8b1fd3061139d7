/** A file's size as people read it: 812 B, 34.5 KB, 2.1 MB (1 KB = 1024 B). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** Whether a file shows as a picture beside its name (by its name: the report's files carry no type). */
export const isImage = (name: string) => /\.(png|jpe?g|gif|webp)$/i.test(name);
