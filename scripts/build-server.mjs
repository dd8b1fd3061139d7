// Compiles the server and CLI (src/**/*.ts, tests aside) to plain JavaScript in dist/, one file per
// source at the same depth (dist/platform/… for src/platform/…), so paths the code builds from
// import.meta.url (package.json, web/dist, the demo speech) resolve the same from either tree.
// Node 20 has no type stripping: running the sources through tsx costs seconds per start.
// Usage: node scripts/build-server.mjs [--if-needed]
import fs from 'node:fs';
import path from 'node:path';
import { isFresh, listSources, root, stampFile } from './server-build-state.mjs';

const ifNeeded = process.argv.includes('--if-needed');
if (ifNeeded && isFresh()) process.exit(0);

const { transform } = await import('esbuild');
const src = path.join(root, 'src');
const out = path.join(root, 'dist');
fs.rmSync(out, { recursive: true, force: true });
// Relative imports name the .ts file (allowImportingTsExtensions); the output names the .js one.
const rewrite = (code) => code.replace(/(["'])(\.\.?\/[^"'\n]+)\.ts\1/g, '$1$2.js$1');
for (const file of listSources()) {
  const rel = path.relative(src, file);
  const target = path.join(out, rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!file.endsWith('.ts')) {
    fs.copyFileSync(file, target);
    continue;
  }
  // node20.19 (package.json engines), not node20: esbuild strips `with { type: 'json' }` for targets
  // before 20.10, and Node then refuses the JSON import (shared/labels/*.json).
  const { code } = await transform(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20.19', sourcefile: file, sourcemap: 'inline' });
  fs.writeFileSync(target.replace(/\.ts$/, '.js'), rewrite(code));
}
fs.writeFileSync(stampFile, `${new Date().toISOString()}\n`);
if (!ifNeeded || process.stdout.isTTY) console.log(`built the server into ${path.relative(root, out)}/`);
