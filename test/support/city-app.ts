import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/platform/db/types.ts';
import type { LuoshiModule } from '../../src/platform/module.ts';
import { openTestContext, type TestContext } from './db.ts';
import { buildSmallCity, PASSWORD, type SmallCity } from './city.ts';
import { loggedIn, testApp, type TestClient } from './http.ts';

export interface CityApp {
  t: TestContext;
  app: FastifyInstance;
  city: SmallCity;
  /** A fresh logged-in client for one of the city's users (sessions idle out as the fake clock moves: log in afresh). */
  login(username: string): Promise<TestClient>;
}

export interface CityAppOptions {
  /** The fake clock's start (default that of openTestContext). */
  now?: string;
  /** The modules to boot (default all). */
  modules?: LuoshiModule[];
}

/**
 * The usual HTTP test fixture: a fresh migrated database on `dialect` with the small test city,
 * and the app over it; opened before the suite, closed after. Read its fields inside tests
 * (or in a later beforeAll: vitest runs before-hooks in the order they are declared).
 */
export function withCityApp(dialect: DialectName, opts: CityAppOptions = {}): CityApp {
  const fixture = { login: (username: string) => loggedIn(fixture.app, username, PASSWORD) } as CityApp;
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
