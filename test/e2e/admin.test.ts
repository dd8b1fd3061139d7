import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { answerTo, logIn, logOut } from './support/session.ts';

const e2e = withBrowserApp();

const login = (username: string) => logIn(e2e.page, e2e.server.url, username);

const logout = () => logOut(e2e.page);

async function pickOption(testId: string, label: string): Promise<void> {
  await e2e.page.getByTestId(testId).click();
  await e2e.page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(label, { exact: true }).click();
}

const actionTags = () => e2e.page.getByTestId('audit-table').getByTestId('audit-action').allInnerTexts();

describe('the separated administrators and personal tokens', () => {
  it('the auditor filters the audit log by 登录, reads a change field by field, and finds the log intact', async () => {
    await login('auditor');
    await e2e.page.getByTestId('side-menu').getByText('操作日志', { exact: true }).click();
    await e2e.page.waitForURL(/\/admin\/audit$/);
    await e2e.page.getByTestId('audit-table').getByTestId('audit-action').first().waitFor();

    await pickOption('audit-filter-action', '登录');
    await e2e.page.getByTestId('audit-filter-submit').click();
    await e2e.page.waitForURL(/\/admin\/audit\?action=login$/);
    // Only 登录 rows are listed once the filtered page has loaded: wait on that state.
    await e2e.page.waitForFunction(() => {
      const tags = [...document.querySelectorAll('[data-testid="audit-table"] [data-testid="audit-action"]')].map((e) => (e as HTMLElement).innerText);
      return tags.length > 0 && tags.every((x) => x === '登录');
    });
    expect((await actionTags()).every((x) => x === '登录')).toBe(true);
    await e2e.page.getByTestId('audit-table').getByText('auditor', { exact: true }).first().waitFor();

    // The filters are in the URL: a shared link opens the same rows; a row shows its change field by field,
    // in words (issue #9): the action, the task's title, the person's unit, the field's label, the statuses.
    await e2e.page.goto(`${e2e.server.url}/admin/audit?action=task.signOff`);
    const firstRow = e2e.page.getByTestId('audit-table').locator('tr.ant-table-row').first();
    await firstRow.getByTestId('audit-action').getByText('销号', { exact: true }).waitFor();
    expect(await firstRow.getByTestId('audit-entity').innerText()).toMatch(/^任务\s*\S+/);
    expect(await firstRow.getByTestId('audit-actor').innerText()).toContain('市委组织部');
    await firstRow.locator('.ant-table-row-expand-icon').click();
    const diff = e2e.page.getByTestId('audit-diff').first();
    await diff.getByTestId('audit-diff-field').getByText('状态', { exact: true }).first().waitFor();
    await diff.getByTestId('audit-diff-before').getByText('申请销号', { exact: true }).first().waitFor();
    await diff.getByTestId('audit-diff-after').getByText('已销号', { exact: true }).first().waitFor();
    expect(await diff.getByText(/signedOff|signOffRequested/).count()).toBe(0);

    await e2e.page.getByTestId('audit-verify').click();
    const ok = e2e.page.getByTestId('audit-verify-ok');
    await ok.waitFor();
    expect(await ok.innerText()).toMatch(/日志完整：共 \d+ 条记录校验通过/);
    expect(await e2e.page.getByTestId('audit-verify-bad').count()).toBe(0);
    await logout();
  });

  it('the auditor takes an anchor, saves it as a file, and verifies the log against it', async () => {
    await login('auditor');
    await e2e.page.goto(`${e2e.server.url}/admin/audit`);
    await e2e.page.getByTestId('audit-anchor').click();
    const dialog = e2e.page.getByTestId('audit-anchor-dialog');
    const text = dialog.getByTestId('audit-anchor-text');
    await text.waitFor();
    const anchor = await text.inputValue();
    expect(anchor).toMatch(/^LSA1\.\d+\./);
    await dialog.getByText('签名锚点', { exact: false }).first().waitFor();

    const [download] = await Promise.all([e2e.page.waitForEvent('download'), dialog.getByTestId('audit-anchor-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^luoshi-audit-anchor-\d+\.txt$/);
    const file = path.join(e2e.tmp, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(anchor);
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    await text.waitFor({ state: 'hidden' });

    // A line that is no anchor is named by its line, under the box; nothing is verified.
    await e2e.page.getByTestId('audit-anchor-verify').click();
    const input = e2e.page.getByTestId('audit-anchor-input');
    await input.fill(`${anchor}\n\nhello`);
    await e2e.page.getByTestId('audit-anchor-verify-submit').click();
    await e2e.page.getByTestId('audit-anchor-verify-form').getByText('第 3 行：', { exact: false }).waitFor();
    await e2e.page.getByTestId('audit-anchor-verify-form').getByText('不是有效的审计锚点', { exact: false }).waitFor();
    expect(await e2e.page.getByTestId('audit-verify-ok').count()).toBe(0);

    // The anchor alone: the log is intact and agrees with it, said in words on the page.
    await input.fill(anchor);
    await e2e.page.getByTestId('audit-anchor-verify-submit').click();
    const ok = e2e.page.getByTestId('audit-verify-ok');
    await ok.waitFor();
    expect(await ok.innerText()).toMatch(/日志完整：共 \d+ 条记录校验通过，且与 1 个锚点一致/);
    await input.waitFor({ state: 'hidden' });
    await logout();
  });

  it('the security administrator changes the session idle timeout and sees it saved', async () => {
    await login('secadmin');
    await e2e.page.getByTestId('side-menu').getByText('安全策略', { exact: true }).click();
    await e2e.page.waitForURL(/\/admin\/security$/);
    await e2e.page.getByTestId('roles-table').getByText('安全审计员', { exact: true }).waitFor();
    await e2e.page.getByTestId('roles-table').getByText('查看操作日志', { exact: true }).waitFor();

    const idle = e2e.page.getByTestId('policy-sessionIdleMinutes');
    await idle.waitFor();
    const before = await idle.inputValue();
    const next = before === '45' ? '50' : '45';
    await idle.fill(next);
    const policySaved = answerTo(e2e.page, 'PUT', '/api/policy');
    await e2e.page.getByTestId('policy-save').click();
    expect((await policySaved).status()).toBe(200);
    await e2e.page.waitForFunction(() => !document.querySelector('[data-testid="form-error"]'));

    // Saved on the server: a reload (no draft left behind) shows the new value.
    await e2e.page.reload();
    await e2e.page.getByTestId('policy-sessionIdleMinutes').waitFor();
    expect(await e2e.page.getByTestId('policy-sessionIdleMinutes').inputValue()).toBe(next);
    expect(await e2e.page.getByTestId('draft-restored').count()).toBe(0);
    await logout();
  });

  it('the system administrator creates a user (a weak password named under its input, the draft kept) and renames it', async () => {
    const page = e2e.page;
    await login('admin');
    await page.getByTestId('side-menu').getByText('用户管理', { exact: true }).click();
    await page.waitForURL(/\/admin\/users/);
    await page.getByTestId('users-table').locator('tr.ant-table-row').first().waitFor();

    const username = `e2e${Date.now().toString().slice(-6)}`;
    await page.getByTestId('user-create').click();
    const form = page.getByTestId('user-create-form');
    await page.getByTestId('user-username').fill(username);
    await form.getByTestId('user-display-name').fill('新来的同志');
    await page.getByTestId('user-password').fill('abc');
    await page.getByTestId('user-create-submit').click();
    await form.getByText('密码至少', { exact: false }).waitFor();

    // After a reload the typing is back (a draft in sessionStorage), the password is not (never stored).
    await page.reload();
    await page.getByTestId('users-table').locator('tr.ant-table-row').first().waitFor();
    await page.getByTestId('user-create').click();
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('user-username').inputValue()).toBe(username);
    expect(await page.getByTestId('user-password').inputValue()).toBe('');

    await page.getByTestId('user-password').fill('Strong@2026x');
    const created = answerTo(page, 'POST', '/api/users');
    await page.getByTestId('user-create-submit').click();
    expect((await created).status()).toBe(201);
    await form.waitFor({ state: 'hidden' });

    await page.getByTestId('user-filter-q').fill(username);
    await page.getByTestId('user-filter-submit').click();
    await page.getByTestId(`user-edit-${username}`).click();
    const edit = page.getByTestId('user-edit-form');
    await edit.getByTestId('user-display-name').fill('新来的同志（改）');
    const updated = answerTo(page, 'PATCH', /^\/api\/users\/\d+$/);
    await page
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    expect((await updated).status()).toBe(200);
    await page.getByTestId('users-table').getByText('新来的同志（改）', { exact: true }).waitFor();
    await logout();
  });

  it('a user creates a personal token, sees the secret once, uses it, and revokes it', async () => {
    await login('supervisor');
    await e2e.page.getByTestId('side-menu').getByText('我的令牌', { exact: true }).click();
    await e2e.page.waitForURL(/\/account\/tokens$/);
    await e2e.page.getByTestId('tokens-page').getByText('Authorization: Bearer', { exact: false }).first().waitFor();

    const name = `对接脚本${Date.now().toString().slice(-5)}`;
    await e2e.page.getByTestId('token-create').click();
    await e2e.page.getByTestId('token-name').fill(name);
    await e2e.page.getByTestId('token-create-submit').click();

    const secret = e2e.page.getByTestId('token-secret');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token.length).toBeGreaterThan(20);
    await e2e.page.getByTestId('token-secret-warning').getByText('唯一一次', { exact: false }).waitFor();
    await e2e.page.getByTestId('token-copy').waitFor();

    // The secret works as a Bearer token.
    const asToken = () => fetch(`${e2e.server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await asToken()).status).toBe(200);

    await e2e.page.getByTestId('token-secret-done').click();
    await secret.waitFor({ state: 'detached' });
    const row = e2e.page.getByTestId('tokens-table').locator('tr.ant-table-row').filter({ hasText: name });
    await row.getByText('有效', { exact: true }).waitFor();
    await row.getByText(`${token.slice(0, 8)}…`, { exact: true }).waitFor();
    // Shown once: nowhere on the page any more.
    expect(await e2e.page.getByText(token, { exact: false }).count()).toBe(0);

    await row.getByTestId('token-revoke').click();
    await e2e.page.getByTestId('token-revoke-confirm').click();
    await row.getByText('已撤销', { exact: true }).waitFor();
    expect(await row.getByTestId('token-revoke').count()).toBe(0);
    expect((await asToken()).status).toBe(401);
    await logout();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
