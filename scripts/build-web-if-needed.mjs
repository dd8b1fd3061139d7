// Builds the web app when web/dist is missing or older than its sources, so `npm start` on a
// fresh clone needs nothing else, and a second start does not wait for a build.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const built = path.join(web, 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(path.join(web, 'index.html'))) {
  console.log('no web app sources: serving the API only');
  process.exit(0);
}
// shared/ holds the label catalogs the web bundles too (shared/labels/*.json).
const sources = Math.max(newest(web), newest(path.join(root, 'shared')), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) process.exit(0);
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!fs.existsSync(vite)) {
  // A production install (npm install --omit=dev) has no build toolchain: serve what was built.
  if (fs.existsSync(built)) process.exit(0);
  console.error(
    'web/dist is missing and vite is not installed (a production install): build the web app where the dev dependencies are (npm run build:web) and ship web/dist',
  );
  process.exit(1);
}
console.log('building the web app (first start or changed sources)…');
const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
