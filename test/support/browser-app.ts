import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../e2e/support/browser.ts';
import { startServer, type RunningServer } from '../e2e/support/server.ts';
import { watchPage } from '../e2e/support/session.ts';
import { recordPage } from '../e2e/support/diagnose.ts';

export interface BrowserApp {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Script errors and CSP violations seen on the page: the server's CSP is `script-src 'self'`, nothing inline may run. */
  pageProblems: string[];
  /** A folder for the suite's uploads and downloads, removed after it. */
  tmp: string;
}

/**
 * The browser-test fixture: the real server (`luoshi serve`, demo data, a fresh data folder) and a
 * headless chromium with a fresh profile (a phone's viewport with `phone`), watched for script errors; started before the suite,
 * stopped after. Read its fields inside hooks and tests (they are set once the suite starts).
 */
export function withBrowserApp(opts: { env?: Record<string, string>; phone?: boolean } = {}): BrowserApp {
  const fixture = { pageProblems: [] as string[] } as BrowserApp;
  beforeAll(async () => {
    fixture.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-e2e-'));
    fixture.server = await startServer(opts.env);
    fixture.browser = await launchBrowser({ phone: opts.phone });
    fixture.page = fixture.browser.page;
    watchPage(fixture.page, fixture.pageProblems);
    describePage = recordPage(fixture.page);
  });
  let describePage: ((serverOutput: string) => Promise<string>) | undefined;
  // A failed step tells what the page was doing then (CI shows only the output).
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && describePage) console.error(`\n[${task.name}] at the failure:\n${await describePage(fixture.server.output())}\n`);
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
    if (fixture.tmp) fs.rmSync(fixture.tmp, { recursive: true, force: true });
  });
  return fixture;
}
