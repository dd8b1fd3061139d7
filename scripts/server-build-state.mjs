// Whether dist/ (scripts/build-server.mjs) is at least as new as every server source, shared by the
// build and bin/luoshi.mjs. A stat walk over ~250 files: a few milliseconds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const stampFile = path.join(root, 'dist', '.built');
export const entry = path.join(root, 'dist', 'cli', 'main.js');

/** Server sources and their assets, tests left out. */
export function listSources(dir = path.join(root, 'src')) {
  const files = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...listSources(p));
    else if (!/\.test\.ts$/.test(e.name)) files.push(p);
  }
  return files;
}

export function isFresh() {
  let built;
  try {
    built = fs.statSync(stampFile).mtimeMs;
  } catch {
    return false;
  }
  const dirs = [path.join(root, 'src')];
  while (dirs.length) {
    const dir = dirs.pop();
    if (fs.statSync(dir).mtimeMs > built) return false; // a file added or removed
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) dirs.push(p);
      else if (fs.statSync(p).mtimeMs > built) return false;
    }
  }
  return true;
}
