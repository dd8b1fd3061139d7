import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/embedded-pg.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** The real server serves web/dist: build it when it is missing or older than web/src. */
export function buildWebIfNeeded(): void {
  const script = path.join(root, 'scripts', 'build-web-if-needed.mjs');
  if (fs.existsSync(script)) {
    const r = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status})`);
    return;
  }
  const index = path.join(root, 'web', 'dist', 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(path.join(root, 'web'))) return;
  const r = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build:web failed (exit ${r.status})`);
}

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** `node bin/luoshi.mjs serve` on a free port with a fresh data folder and the demo data. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  buildWebIfNeeded();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-e2e-data-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'bin', 'luoshi.mjs'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LUOSHI_DEMO: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  // `serve` prints this line once it listens (after migrating and loading the demo).
  let serving!: () => void;
  const listening = new Promise<void>((resolve) => (serving = resolve));
  child.stdout.on('data', (b: Buffer) => {
    log += b.toString();
    if (log.includes(`is serving ${url}`)) serving();
  });
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  // A start that hangs past the suite's hook timeout never returns `stop`: the server ends with the test process.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  void exit.then(() => process.off('exit', orphan));

  const stop = async () => {
    if (exited === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  // Waits on the server's own word, not on a clock (the suite's hook timeout bounds a hang).
  await Promise.race([listening, exit]);
  if (exited !== undefined) {
    await stop();
    throw new Error(`the server exited (code ${exited}) before it was serving:\n${log}`);
  }
  const health = await fetch(`${url}/api/health`);
  const status = health.ok ? ((await health.json()) as { status?: string }).status : undefined;
  if (status !== 'ok') {
    await stop();
    throw new Error(`the server is serving but not healthy (HTTP ${health.status}, status ${status}):\n${log}`);
  }
  return { url, dataDir, output: () => log, stop };
}
