import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { DEMO_PASSWORD as PASSWORD, logIn, watchPage, logOut } from './support/session.ts';


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

const login = (username: string, password: string) => logIn(page, server.url, username, { password, wait: false });

const logout = () => logOut(page);

const text = async (testId: string) => (await page.getByTestId(testId).textContent())?.trim();

describe('foundation: login, shell, language, units', () => {
  it('a wrong password gets a clear message, in the language chosen on the login page', async () => {
    await login('supervisor', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('用户名或密码错误');
    expect(page.url()).toContain('/login');

    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByTestId('login-password').fill('still-wrong');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').getByText('Wrong username or password').waitFor();
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page.getByTestId('login-submit').getByText('登 录').or(page.getByTestId('login-submit').getByText('登录')).waitFor();
  });

  it('the supervisor sees the shell with name and unit, and can switch to English and back', async () => {
    await login('supervisor', PASSWORD);
    await page.getByTestId('topbar-user').waitFor();
    expect(await text('topbar-user')).toBe('张督办');
    expect(await text('topbar-unit')).toBe('市委组织部');
    const menu = page.getByTestId('side-menu');
    await menu.getByText('首页', { exact: true }).waitFor();
    await page.getByTestId('logout').getByText('退出登录').waitFor();
    await page.getByTestId('home-roles').getByText('督办人员', { exact: false }).waitFor();

    await page.getByTestId('lang-switch').getByText('English').click();
    await menu.getByText('Home', { exact: true }).waitFor();
    await page.getByTestId('logout').getByText('Log out').waitFor();
    expect(await menu.getByText('首页', { exact: true }).count()).toBe(0);
    const cookies = await browser.context.cookies(server.url);
    expect(cookies.find((c) => c.name === 'luoshi_lang')?.value).toBe('en-US');

    // The choice survives a reload.
    await page.reload();
    await menu.getByText('Home', { exact: true }).waitFor();

    await page.getByTestId('lang-switch').getByText('中文').click();
    await menu.getByText('首页', { exact: true }).waitFor();
    await page.getByTestId('logout').getByText('退出登录').waitFor();
    expect(await menu.getByText('Home', { exact: true }).count()).toBe(0);
    await logout();
  });

  it('the system administrator creates a unit and sees it in the tree', async () => {
    await login('admin', PASSWORD);
    await page.getByTestId('topbar-user').waitFor();
    await page.getByTestId('side-menu').getByText('单位管理').click();
    await page.waitForURL(/\/admin\/units/);
    const tree = page.getByTestId('unit-tree');
    await tree.getByText('X市', { exact: true }).click();
    await page.getByTestId('unit-details-name').getByText('X市').waitFor();

    const name = `测试单位${Date.now().toString().slice(-6)}`;
    await page.getByTestId('unit-create').click();
    const form = page.getByTestId('unit-create-form');
    await form.getByTestId('unit-name').fill(name);
    await form.getByTestId('unit-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '机关部门' }).click();
    await page.getByTestId('unit-create-submit').click();

    await tree.getByText(name, { exact: true }).waitFor();
    await page.getByTestId('unit-details-name').getByText(name).waitFor();
    expect(page.url()).toMatch(/unit=\d+/);
    await logout();
  });

  it('a page needing login sends the user to the login page and back after logging in', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers/);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByTestId('users-table').getByText('supervisor', { exact: true }).waitFor();
    await page.goto(`${server.url}/no-such-page`);
    await page.getByTestId('not-found').waitFor();
    await logout();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(pageProblems).toEqual([]);
  });
});
