// The parse worker's entry. A worker thread does not inherit the main thread's loader, so
// when only the TypeScript source exists (tests, and the server run through tsx) it
// registers tsx itself; a build that emitted worker-main.js is loaded as plain JavaScript.
import { existsSync } from 'node:fs';

const built = new URL('./worker-main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./worker-main.ts', import.meta.url).href);
}
