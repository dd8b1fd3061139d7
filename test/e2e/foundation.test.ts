import { describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { DEMO_PASSWORD as PASSWORD, logIn, logOut } from './support/session.ts';

const e2e = withBrowserApp();

const login = (username: string, password: string) => logIn(e2e.page, e2e.server.url, username, { password, wait: false });

const logout = () => logOut(e2e.page);

const text = async (testId: string) => (await e2e.page.getByTestId(testId).textContent())?.trim();

describe('foundation: login, shell, language, units', () => {
  it('a wrong password gets a clear message, in the language chosen on the login page', async () => {
    await login('supervisor', 'not-the-password');
    const error = e2e.page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('用户名或密码错误');
    expect(e2e.page.url()).toContain('/login');

    await e2e.page.getByTestId('lang-switch').getByText('English').click();
    await e2e.page.getByTestId('login-password').fill('still-wrong');
    await e2e.page.getByTestId('login-submit').click();
    await e2e.page.getByTestId('login-error').getByText('Wrong username or password').waitFor();
    await e2e.page.getByTestId('lang-switch').getByText('中文').click();
    await e2e.page.getByTestId('login-submit').getByText('登 录').or(e2e.page.getByTestId('login-submit').getByText('登录')).waitFor();
  });

  it('the supervisor sees the shell with name and unit, and can switch to English and back', async () => {
    await login('supervisor', PASSWORD);
    await e2e.page.getByTestId('topbar-user').waitFor();
    expect(await text('topbar-user')).toBe('张督办');
    expect(await text('topbar-unit')).toBe('市委组织部');
    const menu = e2e.page.getByTestId('side-menu');
    await menu.getByText('首页', { exact: true }).waitFor();
    await e2e.page.getByTestId('logout').getByText('退出登录').waitFor();
    await e2e.page.getByTestId('home-roles').getByText('督办人员', { exact: false }).waitFor();

    await e2e.page.getByTestId('lang-switch').getByText('English').click();
    await menu.getByText('Home', { exact: true }).waitFor();
    await e2e.page.getByTestId('logout').getByText('Log out').waitFor();
    expect(await menu.getByText('首页', { exact: true }).count()).toBe(0);
    const cookies = await e2e.browser.context.cookies(e2e.server.url);
    expect(cookies.find((c) => c.name === 'luoshi_lang')?.value).toBe('en-US');

    // The choice survives a reload.
    await e2e.page.reload();
    await menu.getByText('Home', { exact: true }).waitFor();

    await e2e.page.getByTestId('lang-switch').getByText('中文').click();
    await menu.getByText('首页', { exact: true }).waitFor();
    await e2e.page.getByTestId('logout').getByText('退出登录').waitFor();
    expect(await menu.getByText('Home', { exact: true }).count()).toBe(0);
    await logout();
  });

  it('the system administrator creates a unit and sees it in the tree', async () => {
    await login('admin', PASSWORD);
    await e2e.page.getByTestId('topbar-user').waitFor();
    await e2e.page.getByTestId('side-menu').getByText('单位管理').click();
    await e2e.page.waitForURL(/\/admin\/units/);
    const tree = e2e.page.getByTestId('unit-tree');
    await tree.getByText('X市', { exact: true }).click();
    await e2e.page.getByTestId('unit-details-name').getByText('X市').waitFor();

    const name = `测试单位${Date.now().toString().slice(-6)}`;
    await e2e.page.getByTestId('unit-create').click();
    const form = e2e.page.getByTestId('unit-create-form');
    await form.getByTestId('unit-name').fill(name);
    await form.getByTestId('unit-kind').click();
    await e2e.page.locator('.ant-select-item-option').filter({ hasText: '机关部门' }).click();
    await e2e.page.getByTestId('unit-create-submit').click();

    await tree.getByText(name, { exact: true }).waitFor();
    await e2e.page.getByTestId('unit-details-name').getByText(name).waitFor();
    expect(e2e.page.url()).toMatch(/unit=\d+/);
    await logout();
  });

  it('a page needing login sends the user to the login page and back after logging in', async () => {
    await e2e.page.goto(`${e2e.server.url}/admin/users`);
    await e2e.page.waitForURL(/\/login\?next=%2Fadmin%2Fusers/);
    await e2e.page.getByTestId('login-username').fill('admin');
    await e2e.page.getByTestId('login-password').fill(PASSWORD);
    await e2e.page.getByTestId('login-submit').click();
    await e2e.page.waitForURL(/\/admin\/users$/);
    await e2e.page.getByTestId('users-table').getByText('supervisor', { exact: true }).waitFor();
    await e2e.page.goto(`${e2e.server.url}/no-such-page`);
    await e2e.page.getByTestId('not-found').waitFor();
    await logout();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
