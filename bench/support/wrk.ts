import { spawn } from 'node:child_process';

export interface WrkResult {
  rps: number;
  p50: string;
  p99: string;
  errors: number;
}

/** Runs wrk against a URL (async: the server under test lives in this process's event loop). */
export function wrk(url: string, opts: { seconds: number; connections: number; headers?: Record<string, string> }): Promise<WrkResult> {
  const args = ['-t2', `-c${opts.connections}`, `-d${opts.seconds}s`, '--latency'];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}: ${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const p = spawn('wrk', args);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', () => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
      const p50 = /^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '?';
      const p99 = /^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '?';
      const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const socket = /Socket errors:.*?(\d+).*?(\d+).*?(\d+).*?(\d+)/.exec(out);
      resolve({ rps, p50, p99, errors: non2xx + (socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0) });
    });
  });
}
