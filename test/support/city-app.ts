import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/platform/db/types.ts';
import { openTestContext, type TestContext } from './db.ts';
import { buildSmallCity, type SmallCity } from './city.ts';
import { testApp } from './http.ts';

export interface CityApp {
  t: TestContext;
  app: FastifyInstance;
  city: SmallCity;
}

/**
 * The usual HTTP test fixture: a fresh migrated database on `dialect` with the small test city,
 * and the app over it; opened before the suite, closed after. Read its fields inside tests.
 */
export function withCityApp(dialect: DialectName, opts: { now?: string } = {}): CityApp {
  const fixture = {} as CityApp;
  beforeAll(async () => {
    fixture.t = await openTestContext(dialect, opts);
    fixture.city = await buildSmallCity(fixture.t.ctx);
    fixture.app = await testApp(fixture.t.ctx);
  });
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.t?.close();
  });
  return fixture;
}
