import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { logIn, watchPage, logOut } from './support/session.ts';


let server: RunningServer;
let browser: Browser;
let page: Page;
/** Script errors and CSP violations: the server's CSP is `script-src 'self'`, nothing inline may run. */
const pageProblems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  watchPage(page, pageProblems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const login = (username: string) => logIn(page, server.url, username);

const logout = () => logOut(page);

async function pickOption(testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(label, { exact: true }).click();
}

const actionTags = () => page.getByTestId('audit-table').getByTestId('audit-action').allInnerTexts();

describe('the separated administrators and personal tokens', () => {
  it('the auditor filters the audit log by 登录, reads a change field by field, and finds the log intact', async () => {
    await login('auditor');
    await page.getByTestId('side-menu').getByText('操作日志', { exact: true }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByTestId('audit-table').getByTestId('audit-action').first().waitFor();

    await pickOption('audit-filter-action', '登录');
    await page.getByTestId('audit-filter-submit').click();
    await page.waitForURL(/\/admin\/audit\?action=login$/);
    await expect
      .poll(async () => {
        const tags = await actionTags();
        return tags.length > 0 && tags.every((x) => x === '登录');
      }, { timeout: 10_000, message: 'only 登录 rows are listed' })
      .toBe(true);
    await page.getByTestId('audit-table').getByText('auditor', { exact: true }).first().waitFor();

    // The filters are in the URL: a shared link opens the same rows; a row shows its change field by field.
    await page.goto(`${server.url}/admin/audit?action=task.signOff`);
    const firstRow = page.getByTestId('audit-table').locator('tr.ant-table-row').first();
    await firstRow.getByText('任务操作：销号').waitFor();
    await firstRow.locator('.ant-table-row-expand-icon').click();
    const diff = page.getByTestId('audit-diff').first();
    await diff.getByText('state', { exact: true }).waitFor();
    await diff.getByTestId('audit-diff-before').getByText('signOffRequested').first().waitFor();
    await diff.getByTestId('audit-diff-after').getByText('signedOff').first().waitFor();

    await page.getByTestId('audit-verify').click();
    const ok = page.getByTestId('audit-verify-ok');
    await ok.waitFor();
    expect(await ok.innerText()).toMatch(/日志完整：共 \d+ 条记录校验通过/);
    expect(await page.getByTestId('audit-verify-bad').count()).toBe(0);
    await logout();
  });

  it('the security administrator changes the session idle timeout and sees it saved', async () => {
    await login('secadmin');
    await page.getByTestId('side-menu').getByText('安全策略', { exact: true }).click();
    await page.waitForURL(/\/admin\/security$/);
    await page.getByTestId('roles-table').getByText('安全审计员', { exact: true }).waitFor();
    await page.getByTestId('roles-table').getByText('查看操作日志', { exact: true }).waitFor();

    const idle = page.getByTestId('policy-sessionIdleMinutes');
    await idle.waitFor();
    const before = await idle.inputValue();
    const next = before === '45' ? '50' : '45';
    await idle.fill(next);
    await page.getByTestId('policy-save').click();
    await page.locator('.ant-message').getByText('安全策略已保存').waitFor();
    await expect.poll(async () => (await page.getByTestId('form-error').count()) === 0).toBe(true);

    // Saved on the server: a reload (no draft left behind) shows the new value.
    await page.reload();
    await page.getByTestId('policy-sessionIdleMinutes').waitFor();
    expect(await page.getByTestId('policy-sessionIdleMinutes').inputValue()).toBe(next);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    await logout();
  });

  it('a user creates a personal token, sees the secret once, uses it, and revokes it', async () => {
    await login('supervisor');
    await page.getByTestId('side-menu').getByText('我的令牌', { exact: true }).click();
    await page.waitForURL(/\/account\/tokens$/);
    await page.getByTestId('tokens-page').getByText('Authorization: Bearer', { exact: false }).first().waitFor();

    const name = `对接脚本${Date.now().toString().slice(-5)}`;
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill(name);
    await page.getByTestId('token-create-submit').click();

    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token.length).toBeGreaterThan(20);
    await page.getByTestId('token-secret-warning').getByText('唯一一次', { exact: false }).waitFor();
    await page.getByTestId('token-copy').waitFor();

    // The secret works as a Bearer token.
    const asToken = () => fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await asToken()).status).toBe(200);

    await page.getByTestId('token-secret-done').click();
    await secret.waitFor({ state: 'detached' });
    const row = page.getByTestId('tokens-table').locator('tr.ant-table-row').filter({ hasText: name });
    await row.getByText('有效', { exact: true }).waitFor();
    await row.getByText(`${token.slice(0, 8)}…`, { exact: true }).waitFor();
    // Shown once: nowhere on the page any more.
    expect(await page.getByText(token, { exact: false }).count()).toBe(0);

    await row.getByTestId('token-revoke').click();
    await page.getByTestId('token-revoke-confirm').click();
    await row.getByText('已撤销', { exact: true }).waitFor();
    expect(await row.getByTestId('token-revoke').count()).toBe(0);
    expect((await asToken()).status).toBe(401);
    await logout();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(pageProblems).toEqual([]);
  });
});
