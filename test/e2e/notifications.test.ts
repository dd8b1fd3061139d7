import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { apiSession, logIn } from './support/session.ts';

const e2e = withBrowserApp();

const bellCount = async (p: Page) => Number(await p.getByTestId('notification-bell').getAttribute('data-count'));
/** Waits (playwright's wait, no time budget of its own) until the bell counts `n`. */
const bellShows = (p: Page, n: number) => p.locator(`[data-testid="notification-bell"][data-count="${n}"]`).waitFor();

describe('notifications: the bell in the top bar', () => {
  it('a liaison sees a new dispatch counted on the bell without a reload, opens it, and marks all read', async () => {
    await logIn(e2e.page, e2e.server.url, 'liaison', { fresh: e2e.browser.context });
    await e2e.page.goto(`${e2e.server.url}/`);
    await e2e.page.getByTestId('notification-bell').waitFor();
    // The bell shows what the server counts (the demo leaves the liaison some unread notifications).
    const before = await e2e.page.evaluate(async () => ((await (await fetch('/api/notifications?unread=true')).json()) as { total: number }).total);
    expect(before).toBeGreaterThan(0);
    await bellShows(e2e.page, before);
    await e2e.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    const sup = await apiSession(e2e.server.url, 'supervisor');
    const units = await sup<{ items: { id: number; name: string }[] }>('GET', '/api/units/tree');
    const east = units.items.find((u) => u.name === '东城区');
    expect(east, '东城区 in the demo').toBeDefined();
    const title = `E2E通知：推进老旧小区加装电梯 ${Date.now()}`;
    const task = await sup<{ id: number }>('POST', '/api/tasks', { title, leadUnitId: east!.id, deadline: '2027-06-30' });
    await sup('POST', '/api/tasks/dispatch', { ids: [task.id] });

    // Waits on the bell's state, not on a clock: live, since the 60 s poll lies beyond the page's default wait.
    await e2e.page.waitForFunction((n) => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) > n, before);
    expect(await bellCount(e2e.page)).toBe(before + 1);
    expect(await e2e.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await e2e.page.getByTestId('notification-bell').click();
    const item = e2e.page.getByTestId('notification-list').getByTestId('notification-item').filter({ hasText: title });
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('task.dispatched');
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await item.innerText()).toContain('新任务下达');

    await item.click();
    await e2e.page.waitForURL(new RegExp(`/ledger/tasks/${task.id}$`));
    await bellShows(e2e.page, before);
    const mine = await e2e.page.evaluate(
      async () => (await (await fetch('/api/notifications?pageSize=5')).json()) as { items: { taskId: number; readAt: string | null }[] },
    );
    expect(mine.items.find((n) => n.taskId === task.id)?.readAt).toBeTruthy();

    await e2e.page.getByTestId('notification-bell').click();
    await e2e.page.getByTestId('notification-read-all').click();
    await bellShows(e2e.page, 0);
    const unread = await e2e.page.evaluate(async () => ((await (await fetch('/api/notifications?unread=true')).json()) as { total: number }).total);
    expect(unread).toBe(0);
  });

  it('raised no page errors and no CSP violations', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
