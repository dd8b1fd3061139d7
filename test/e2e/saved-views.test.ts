import { describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { logIn } from './support/session.ts';

const e2e = withBrowserApp();

type View = { id: number; name: string; query: string; columns: string[] };
const serverViews = () => e2e.page.evaluate(async () => ((await (await fetch('/api/saved-views')).json()) as { items: View[] }).items);

describe('ledger saved views live on the server', () => {
  it('moves this browser’s views to the server once, saves with columns, refuses a duplicate name, opens and deletes', async () => {
    await logIn(e2e.page, e2e.server.url, 'supervisor', { fresh: e2e.browser.context });
    const userId = await e2e.page.evaluate(async () => ((await (await fetch('/api/me')).json()) as { user: { id: number } }).user.id);
    await e2e.page.evaluate((id) => localStorage.setItem(`luoshi.ledger.views.${id}`, JSON.stringify([{ name: '旧的红灯视图', search: 'light=red' }])), userId);

    await e2e.page.goto(`${e2e.server.url}/ledger`);
    await e2e.page.getByTestId('ledger-table').waitFor();
    // The page clears its local copy once every view arrived on the server: wait on that state, then read the server.
    await e2e.page.waitForFunction((id) => localStorage.getItem(`luoshi.ledger.views.${id}`) === null, userId);
    expect((await serverViews()).map((v) => [v.name, v.query])).toEqual([['旧的红灯视图', 'light=red']]);

    // Save the current filters under a new name.
    await e2e.page.goto(`${e2e.server.url}/ledger?status=dispatched`);
    await e2e.page.getByTestId('ledger-table').waitFor();
    await e2e.page.getByTestId('ledger-view-save').click();
    await e2e.page.getByPlaceholder('视图名称').fill('已下达');
    // Save is enabled once the page holds the name: the state to wait on before clicking (under two CPU
    // burners a click once landed while it did not, and nothing was sent).
    await e2e.page.locator('[data-testid=ledger-view-save-submit]:not([disabled])').waitFor();
    // The answer and the form closing are the states to wait on: the 已保存视图 message lasts 3 s, and a
    // machine busy enough can poll past it.
    const created = e2e.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/saved-views'));
    // Enter in the name field saves, as a user types it; a click on 保存 while the popover was still
    // opening under two CPU burners twice sent nothing.
    await e2e.page.getByPlaceholder('视图名称').press('Enter');
    expect((await created).status()).toBe(201);
    const saved = (await serverViews()).find((v) => v.name === '已下达');
    expect(saved?.query).toBe('status=dispatched');
    expect(saved?.columns).toContain('title');
    // Saved, the form closes (with an animation: reopening before it is gone would type into the closing one).
    await e2e.page.getByPlaceholder('视图名称').waitFor({ state: 'hidden' });

    // The same name again: the server's message, and the view list unchanged.
    await e2e.page.getByTestId('ledger-view-save').click();
    await e2e.page.getByPlaceholder('视图名称').fill('已下达');
    await e2e.page.locator('[data-testid=ledger-view-save-submit]:not([disabled])').waitFor();
    const refused = e2e.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/saved-views'));
    await e2e.page.getByPlaceholder('视图名称').press('Enter');
    const answer = await refused;
    expect(answer.status()).toBe(409);
    // The server's words stay under the name, and the typing stays in the open form.
    await e2e.page.getByTestId('ledger-view-save-error').getByText('已有名为“已下达”的常用视图').waitFor();
    await expect(e2e.page.getByPlaceholder('视图名称').inputValue()).resolves.toBe('已下达');
    expect((await serverViews()).length).toBe(2);
    await e2e.page.keyboard.press('Escape');

    // Open the migrated view from the menu.
    await e2e.page.goto(`${e2e.server.url}/ledger`);
    await e2e.page.getByTestId('ledger-table').waitFor();
    await e2e.page.getByTestId('ledger-views').click();
    await e2e.page.locator('.ant-dropdown:visible').getByText('旧的红灯视图').click();
    await e2e.page.waitForURL(/\/ledger\?light=red$/);

    // Delete it: gone on the server, and after a reload nothing comes back from localStorage.
    // The menu that opened the view fades out first: wait until no dropdown shows, then open it afresh.
    await e2e.page.waitForFunction(() =>
      [...document.querySelectorAll('.ant-dropdown')].every((d) => d.classList.contains('ant-dropdown-hidden') || !(d as HTMLElement).offsetParent),
    );
    await e2e.page.getByTestId('ledger-views').click();
    const del = e2e.page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').filter({ hasText: '旧的红灯视图' }).locator('.anticon-delete');
    const deleted = e2e.page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/saved-views/'));
    await del.click();
    expect((await deleted).status()).toBe(204);
    expect((await serverViews()).map((v) => v.name)).toEqual(['已下达']);
    // The migration reads the legacy key once the list has loaded: with the key gone it has nothing to send.
    const listed = e2e.page.waitForResponse((r) => r.request().method() === 'GET' && r.url().endsWith('/api/saved-views'));
    await e2e.page.reload();
    await listed;
    await e2e.page.getByTestId('ledger-table').waitFor();
    expect(await e2e.page.evaluate((id) => localStorage.getItem(`luoshi.ledger.views.${id}`), userId)).toBeNull();
    expect((await serverViews()).map((v) => v.name)).toEqual(['已下达']);
  });

  it('raised no page errors and no CSP violations', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
