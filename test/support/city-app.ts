import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/platform/db/types.ts';
import type { LuoshiModule } from '../../src/platform/module.ts';
import { loadDemoOnce } from '../../src/platform/seed.ts';
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts';
import { openTestContext, type TestContext } from './db.ts';
import { buildSmallCity, PASSWORD, type SmallCity } from './city.ts';
import { loggedIn, testApp, type TestClient } from './http.ts';

export interface CityApp<City = SmallCity> {
  t: TestContext;
  app: FastifyInstance;
  city: City;
  /** A fresh logged-in client for one of the city's users (sessions idle out as the fake clock moves: log in afresh). */
  login(username: string): Promise<TestClient>;
}

export interface CityAppOptions {
  /** The fake clock's start (default that of openTestContext). */
  now?: string;
  /** The modules to boot (default all). */
  modules?: LuoshiModule[];
}

/** How a suite's city comes to be: made in the fresh context, its users logging in with `password`. */
export interface CityBuilder<City> {
  build(t: TestContext): Promise<City>;
  password: string;
}

/**
 * A fresh migrated database on `dialect` with the city `builder` makes, and the app over it; opened
 * before the suite, closed after. Read its fields inside tests (or in a later beforeAll: vitest runs
 * before-hooks in the order they are declared).
 */
export function withApp<City>(dialect: DialectName, builder: CityBuilder<City>, opts: CityAppOptions = {}): CityApp<City> {
  const fixture = { login: (username: string) => loggedIn(fixture.app, username, builder.password) } as CityApp<City>;
  beforeAll(async () => {
    fixture.t = await openTestContext(dialect, opts);
    fixture.city = await builder.build(fixture.t);
    fixture.app = await testApp(fixture.t.ctx);
  });
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.t?.close();
  });
  return fixture;
}

/** The usual HTTP test fixture: the small test city (test/support/city.ts). */
export function withCityApp(dialect: DialectName, opts: CityAppOptions = {}): CityApp {
  return withApp(dialect, { build: (t) => buildSmallCity(t.ctx), password: PASSWORD }, opts);
}

/**
 * The demo city and ledger, for figures over a realistic ledger. The demo dates its history back
 * from the fake clock: give a fixed `now` and the figures are the same every day.
 */
export function withDemoApp(dialect: DialectName, opts: CityAppOptions = {}): CityApp<null> {
  const build = async (t: TestContext) => {
    await loadDemoOnce(t.ctx);
    return null;
  };
  return withApp(dialect, { build, password: DEMO_PASSWORD }, opts);
}
