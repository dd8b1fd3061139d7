/** Delay before retry `attempt` (1-based: the attempt that just failed): base, 2×base, 4×base … capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, attempt);
  return Math.min(maxMs, baseMs * 2 ** (n - 1));
}

/** How often the job loop runs: LUOSHI_JOB_INTERVAL_MS (1 s … 1 h), default one minute. */
export function jobIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LUOSHI_JOB_INTERVAL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1000 || n > 3_600_000) {
    throw new Error(`LUOSHI_JOB_INTERVAL_MS: expected a whole number of milliseconds 1000..3600000, got "${raw}"`);
  }
  return n;
}
