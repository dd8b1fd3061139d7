import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { DEMO_PASSWORD, apiSession, logIn, settled as drawn, watchApi } from './support/session.ts';

// 390 × 844 with touch, as WeCom's browser on a phone.
const e2e = withBrowserApp({ phone: true });
const WIDTH = 390;
let api: ReturnType<typeof watchApi>;
beforeAll(() => {
  api = watchApi(e2e.page);
});

const dialog = (): Locator => e2e.page.locator('.ant-modal-wrap:visible .ant-modal').last();

/** The page drawn: topbar shown, its API requests answered, no spinner left. */
async function settled(page: Page): Promise<void> {
  await page.getByTestId('topbar-user').waitFor();
  await drawn(page, api);
}

async function openMenu(page: Page): Promise<void> {
  await page.getByTestId('menu-toggle').tap();
  await page.locator('[data-testid=menu-toggle][aria-expanded=true]').waitFor();
  await page.locator('.ant-drawer-open [data-testid=side-menu]').waitFor();
}

/** The page is no wider than the phone: nothing scrolls sideways (and the browser did not zoom out to fit it). */
async function widths(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

async function expectFits(page: Page, where: string): Promise<void> {
  const w = await widths(page);
  expect(w.innerWidth, `${where}: the layout viewport`).toBe(WIDTH);
  expect(w.scrollWidth, `${where}: scrollWidth`).toBeLessThanOrEqual(w.innerWidth);
}

async function expectMenuClosed(page: Page, where: string): Promise<void> {
  expect(await page.getByTestId('menu-toggle').getAttribute('aria-expanded'), `${where}: the menu button`).toBe('false');
  expect(await page.getByTestId('side-menu').isVisible(), `${where}: the menu`).toBe(false);
}

/**
 * Every entry of the user's menu, as the drawer lists them (each entry's <li> names its page). One
 * entry is tapped: the tap opens its page and closes the drawer. Every page is then loaded afresh.
 */
async function menuRoutes(page: Page): Promise<string[]> {
  await openMenu(page);
  const items = page.locator('.ant-drawer-open [data-testid=side-menu] li[data-path]');
  await items.first().waitFor();
  const routes = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''));
  expect(routes.length).toBeGreaterThan(0);
  const last = routes.length - 1;
  await items.nth(last).tap();
  await page.getByTestId('side-menu').waitFor({ state: 'hidden' });
  expect(new URL(page.url()).pathname).toBe(routes[last]);
  return routes;
}

// A 1 × 1 PNG: the photo a liaison takes as evidence.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('the phone: 390 px, touch', () => {
  for (const role of ['supervisor', 'leader', 'admin', 'secadmin', 'auditor', 'liaison']) {
    it(`${role}: every page of the menu opens with the menu closed and nothing wider than the screen`, async () => {
      await logIn(e2e.page, e2e.server.url, role, { fresh: e2e.browser.context });
      await settled(e2e.page);
      await expectMenuClosed(e2e.page, `${role} after login`);
      const routes = await menuRoutes(e2e.page);
      for (const route of routes) {
        // A fresh load, as a link from a WeCom message opens it.
        await e2e.page.goto(`${e2e.server.url}${route}`);
        await settled(e2e.page);
        await expectMenuClosed(e2e.page, `${role} ${route}`);
        await expectFits(e2e.page, `${role} ${route}`);
      }
      if (routes.includes('/ledger')) {
        await e2e.page.goto(`${e2e.server.url}/ledger`);
        await e2e.page.locator('[data-testid=ledger-table][data-layout=cards]').waitFor();
        // The filters fold behind 更多筛选: the list, not ten fields, is what the first screen shows.
        const status = e2e.page.getByTestId('ledger-filter-status');
        expect(await status.isVisible()).toBe(false);
        await e2e.page.getByTestId('ledger-filter-more').click();
        await status.waitFor();
        await expectFits(e2e.page, `${role} /ledger with its filters open`);
      }
    }, 300_000); // a fresh load of each page of the menu: a dozen for the supervisor
  }

  it('a liaison opens a task from a link, acknowledges it, reports with a photo and asks for sign-off', async () => {
    const sup = await apiSession(e2e.server.url, 'supervisor');
    const units = await sup<{ items: { id: number; name: string }[] }>('GET', '/api/units/tree');
    const east = units.items.find((u) => u.name === '东城区');
    expect(east, '东城区 in the demo').toBeDefined();
    const title = `手机端：推进社区党群服务中心提档升级 ${Date.now()}`;
    const task = await sup<{ id: number }>('POST', '/api/tasks', { title, leadUnitId: east!.id, deadline: '2027-06-30' });
    await sup('POST', '/api/tasks/dispatch', { ids: [task.id] });

    // The link from the message: logged out, it passes through the login page and lands on the task.
    const page = e2e.page;
    await e2e.browser.context.clearCookies();
    await page.goto(`${e2e.server.url}/ledger/tasks/${task.id}`);
    await page.getByTestId('login-username').fill('liaison');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').tap();
    await page.waitForURL(new RegExp(`/ledger/tasks/${task.id}$`));
    await page.getByTestId('task-title').getByText(title).waitFor();
    await settled(page);
    await expectMenuClosed(page, 'the task');
    await expectFits(page, 'the task');
    // One column of facts, each label on one line (not one character per line).
    const labels = await page
      .getByTestId('task-facts')
      .locator('.ant-descriptions-item-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(labels.length).toBeGreaterThan(0);
    for (const w of labels) expect(w).toBeGreaterThan(WIDTH / 2);

    const status = (label: string) => page.getByTestId('task-facts').getByTestId('task-status').getByText(label, { exact: true }).waitFor();
    await page.getByTestId('action-acknowledge').tap();
    await status('已签收');

    await page.getByTestId('action-report').tap();
    const form = dialog();
    await form.getByTestId('report-text').fill('已完成党群服务中心改造方案，现场照片见附件。');
    const percent = form.getByTestId('report-percent');
    expect(await percent.getAttribute('inputmode'), 'a number keyboard for the percent').toBe('numeric');
    await percent.fill('30');
    const photo = path.join(e2e.tmp, '现场照片.png');
    fs.writeFileSync(photo, PHOTO);
    await form.locator('input[type=file]').setInputFiles(photo);
    await form.getByText('现场照片.png').waitFor();
    const box = await form.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, 'the dialog fits the screen').toBeLessThanOrEqual(WIDTH);
    await form.getByTestId('report-submit').tap();
    // The evidence by its name and size, the photo shown beside it.
    const evidence = page.getByTestId('task-report').first().getByTestId('report-file');
    await evidence.getByTestId('report-file-link').getByText('现场照片.png').waitFor();
    expect(await evidence.getByTestId('report-file-size').innerText()).toBe(`${PHOTO.length} B`);
    await evidence.locator('img[alt="现场照片.png"]').waitFor();
    await expectFits(page, 'the task with a report');

    await page.getByTestId('action-requestSignOff').tap();
    await dialog().getByTestId('report-text').fill('改造已完成，申请销号。');
    await dialog().getByTestId('report-submit').tap();
    await status('申请销号');

    // The bell's list opens inside the screen.
    await page.getByTestId('notification-bell').tap();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    const pop = await page.locator('.ant-popover:visible').boundingBox();
    expect(pop!.x).toBeGreaterThanOrEqual(0);
    expect(pop!.x + pop!.width, 'the notifications fit the screen').toBeLessThanOrEqual(WIDTH);
  });

  it('raised no page errors and no CSP violations', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
