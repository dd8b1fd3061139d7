#!/usr/bin/env node
// Runs the compiled CLI (dist/, from scripts/build-server.mjs — run at install and by `npm start`)
// when it is at least as new as src/; otherwise the TypeScript sources through tsx, so a checkout
// being edited never runs stale code. tsx costs seconds per start on Node 20 (no type stripping).
import { pathToFileURL } from 'node:url';
import { entry, isFresh } from '../scripts/server-build-state.mjs';

if (process.env.LUOSHI_FROM_SOURCE !== '1' && isFresh()) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
