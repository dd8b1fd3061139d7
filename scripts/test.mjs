// `npm test`: type checks, lint, format, dependency rules, knip, then every Vitest project (unit, HTTP on SQLite and PostgreSQL,
// CLI, end-to-end in Chromium), then one plain `N passed, N failed` line for CI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status ?? 1;
const args = process.argv.slice(2);

function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() === 0) {
    console.log('chromium is missing: installing Debian’s package (apt-get install -y chromium)…');
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0) return true;
  }
  console.error('The browser tests need Debian’s chromium. Run: sudo apt-get update && sudo apt-get install -y chromium');
  return false;
}

/**
 * LibreOffice (Writer and Calc) and poppler's pdftotext/pdfinfo turn generated documents into PDF pages the
 * tests count: the 通报 and 督办单 .docx, the ledger .xlsx. CI installs them; root installs them here too.
 */
const OFFICE_PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils'];
function ensureLibreOffice() {
  const present = () =>
    spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0 && fs.existsSync('/usr/lib/libreoffice/program/libscfiltlo.so');
  if (present()) return true;
  if (process.getuid?.() === 0) {
    console.log(`LibreOffice or poppler is missing: installing Debian’s ${OFFICE_PACKAGES.join(', ')}…`);
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', ...OFFICE_PACKAGES]) === 0) return true;
  }
  console.error(`The document tests need LibreOffice and poppler. Run: sudo apt-get install -y ${OFFICE_PACKAGES.join(' ')}`);
  return !process.env.CI;
}

/** Runs `steps` two at a time (each is one process on one core), printing each one's output whole when it ends. */
async function runChecks(steps) {
  let failures = 0;
  const queue = [...steps];
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const { title, args: stepArgs } = step;
      const out = [];
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, stepArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => out.push(d));
        child.on('error', (e) => {
          out.push(Buffer.from(String(e)));
          resolve(1);
        });
        child.on('close', (c) => resolve(c ?? 1));
      });
      console.log(`== ${title}${code === 0 ? '' : ' — FAILED'}`);
      if (out.length) process.stdout.write(Buffer.concat(out));
      if (code !== 0) failures++;
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

const bin = (p) => path.join(root, 'node_modules', p);
const checks = [
  { title: 'type check (server)', args: [bin('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { title: 'type check (web)', args: [bin('typescript/bin/tsc'), '-p', 'web/tsconfig.json', '--noEmit'] },
  { title: 'lint', args: [bin('eslint/bin/eslint.js'), '.'] },
  { title: 'format (prettier --check; `npm run format` writes)', args: [bin('prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'] },
  {
    title: 'dependency rules (.dependency-cruiser.cjs)',
    args: [
      bin('dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      'web/src',
      'test',
      'scripts',
      'bench',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ],
  },
  { title: 'knip (unused files, exports, dependencies)', args: [bin('knip/bin/knip.js'), '--no-progress'] },
];
let failedSteps = await runChecks(checks);

if (!ensureChromium()) failedSteps++;
if (!ensureLibreOffice()) failedSteps++;
console.log('== web build (if needed)');
if (run(process.execPath, [path.join(root, 'scripts/build-web-if-needed.mjs')]) !== 0) failedSteps++;

console.log('== vitest');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-report-')), 'vitest.json');
const status = run(process.execPath, [
  path.join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...args,
]);
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
  // A file that failed to load has no tests counted: count it as a failure.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed++;
}
failed += failedSteps;
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && status === 0 ? 0 : 1);
