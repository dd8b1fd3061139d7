import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { logIn, settled, watchApi, type ApiWatch } from './support/session.ts';

const e2e = withBrowserApp();
let api: ApiWatch;
beforeAll(() => {
  api = watchApi(e2e.page);
});

interface Item {
  key: string;
  count: number;
  link: string;
}

let who = '';
const login = (username: string) => {
  who = username;
  return logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });
};

/** The home page's to-do once drawn, checked against GET /api/me/todo: every line shows the server's count. */
async function homeToDo(): Promise<Item[]> {
  const page = e2e.page;
  await page.goto(`${e2e.server.url}/`);
  // The cards show a skeleton from their first drawing until GET /api/me/todo answers: that answer awaited.
  await page.getByTestId('home-todo').waitFor();
  await settled(page, api, '[data-testid=home-todo] .ant-skeleton-active');
  const items = (await page.evaluate(async () => (await fetch('/api/me/todo', { credentials: 'same-origin' })).json())).items as Item[];
  for (const i of items) {
    const card = page.getByTestId(`todo-${i.key}`);
    expect(Number(await card.getAttribute('data-count')), i.key).toBe(i.count);
    expect(await page.getByTestId(`todo-${i.key}-count`).innerText(), i.key).toBe(String(i.count));
  }
  // Set LUOSHI_SHOTS to a folder to look at each role's home page at a desktop's and a phone's width.
  if (process.env.LUOSHI_SHOTS) {
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(process.env.LUOSHI_SHOTS, `home-${who}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  return items;
}

/** Clicks a ledger line and waits for the ledger list to say the same total (a wrong count times out naming it). */
async function opensLedgerOf(item: Item): Promise<void> {
  await e2e.page.getByTestId(`todo-${item.key}`).click();
  await e2e.page.waitForURL(/\/ledger\?/);
  // The ledger's first load on a busy machine: its answers awaited, then the drawing.
  await settled(e2e.page, api);
  await e2e.page.getByTestId('ledger-table').waitFor();
  // An empty list shows no pagination, only its empty state.
  if (item.count === 0) await e2e.page.getByTestId('ledger-table').locator('.ant-table-placeholder').first().waitFor();
  else
    await e2e.page
      .locator('.ant-table-pagination .ant-pagination-total-text')
      .filter({ hasText: new RegExp(`^共 ${item.count} 条$`) })
      .first()
      .waitFor();
  // At a desk's 1440 px the ledger's columns scroll inside the table, never the page.
  const w = await e2e.page.evaluate(() => ({ page: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(w.inner).toBe(1440);
  expect(w.page, `${item.key}: the page's width`).toBeLessThanOrEqual(w.inner);
}

const keys = (items: Item[]) => items.map((i) => i.key);

describe("every role's to-do home page", () => {
  it('supervisor: reports to review, requests, red tasks and look-backs; a count opens its list', async () => {
    if (process.env.LUOSHI_SHOTS) fs.mkdirSync(process.env.LUOSHI_SHOTS, { recursive: true });
    await login('supervisor');
    const items = await homeToDo();
    expect(keys(items)).toEqual([
      'ledger.toReview',
      'ledger.signOffRequests',
      'ledger.extensionRequests',
      'ledger.red',
      'supervision.lookBacksDue',
      'partyOrgs.renewalsOverdue',
    ]);
    const red = items.find((i) => i.key === 'ledger.red')!;
    expect(red.count).toBeGreaterThan(0);
    await opensLedgerOf(red);
    expect(new URL(e2e.page.url()).searchParams.getAll('light')).toEqual(['red']);
    await homeToDo();
    await opensLedgerOf(items.find((i) => i.key === 'ledger.toReview')!);
    // 待审核 has no field in the filter bar: it shows as a removable tag.
    expect(await e2e.page.getByTestId('ledger-hidden-filters').innerText()).toContain('待审核');
  });

  it('liaison: 待签收, reports due, returned and notices, in its district', async () => {
    await login('liaison');
    const items = await homeToDo();
    expect(keys(items)).toEqual([
      'ledger.toAcknowledge',
      'ledger.reportsDue',
      'ledger.returned',
      'supervision.noticesReceived',
      'supervision.lookBacksToAnswer',
    ]);
    const due = items.find((i) => i.key === 'ledger.reportsDue')!;
    expect(due.count).toBeGreaterThan(0);
    await opensLedgerOf(due);
  });

  it('liaison: the 督办单 line opens the very tasks it counts', async () => {
    await login('liaison');
    const items = await homeToDo();
    await opensLedgerOf(items.find((i) => i.key === 'supervision.noticesReceived')!);
  });

  it("leader: its scope's red and yellow tasks", async () => {
    await login('leader');
    const items = await homeToDo();
    expect(keys(items)).toEqual(['ledger.awaitingComment', 'ledger.red', 'ledger.yellow']);
    await opensLedgerOf(items.find((i) => i.key === 'ledger.awaitingComment')!);
    expect(await e2e.page.getByTestId('ledger-hidden-filters').innerText()).toContain('待我批示');
    await homeToDo();
    await opensLedgerOf(items.find((i) => i.key === 'ledger.yellow')!);
  });

  it('administrators: their own queues, each opening the list it counts', async () => {
    await login('admin');
    const adminItems = await homeToDo();
    expect(keys(adminItems)).toEqual(['units.withoutLiaison', 'users.disabled']);
    await e2e.page.getByTestId('todo-units.withoutLiaison').click();
    await e2e.page.waitForURL(/\/admin\/units\?withoutRole=liaison$/);
    const withoutLiaison = adminItems.find((i) => i.key === 'units.withoutLiaison')!.count;
    await e2e.page.locator(`[data-testid=units-without-role][data-count="${withoutLiaison}"]`).waitFor();
    expect(await e2e.page.getByTestId('unit-without-role').count()).toBe(withoutLiaison);
    await homeToDo();
    await e2e.page.getByTestId('todo-users.disabled').click();
    await e2e.page.waitForURL(/\/admin\/users\?status=disabled/);
    await login('secadmin');
    expect(keys(await homeToDo())).toEqual(['users.locked']);
    await e2e.page.getByTestId('todo-users.locked').click();
    await e2e.page.getByTestId('users-locked-filter').waitFor();
    await login('auditor');
    expect(keys(await homeToDo())).toEqual(['auditLog.failedLoginsToday']);
    await e2e.page.getByTestId('todo-auditLog.failedLoginsToday').click();
    await e2e.page.waitForURL(/\/admin\/audit\?action=login\.failed&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    await e2e.page.getByTestId('audit-filters').waitFor();
    expect(e2e.pageProblems).toEqual([]);
  });
});
