/** DB-backed jobs with leases: one run per job across processes, retries with backoff, dedupe keys. */
export { JobRunner, type HandlerOptions, type JobHandler, type JobInfo, type TickResult } from './runner.ts';
export { jobRepo, type JobRow } from './repo.ts';
export { backoffMs, jobIntervalMs } from './backoff.ts';
