import { describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { logIn, logOut } from './support/session.ts';

const e2e = withBrowserApp();

describe('the holiday schedule (节假日安排)', () => {
  it('the security administrator reads the loaded year, is shown every bad line, then loads a year and sees it', async () => {
    const page = e2e.page;
    await logIn(page, e2e.server.url, 'secadmin');
    await page.getByTestId('side-menu').getByText('节假日安排', { exact: true }).click();
    await page.waitForURL(/\/admin\/calendar$/);
    // The demo loads the published 2026 schedule.
    await page.goto(`${e2e.server.url}/admin/calendar?year=2026`);
    await page.getByTestId('calendar-summary').getByText('2026 年：放假', { exact: false }).waitFor();
    await page.getByTestId('calendar-days').getByText('2026-02-15 至 2026-02-23', { exact: true }).waitFor();

    // 2030 is not loaded yet: its working days count Monday to Friday, and the page says so.
    await page.goto(`${e2e.server.url}/admin/calendar?year=2030`);
    await page.getByTestId('calendar-not-loaded').getByText('尚未载入 2030 年', { exact: false }).waitFor();

    // Two wrong lines: nothing is loaded, each is named under the box as the server says it, the text stays.
    const text = page.getByTestId('calendar-load-text');
    const bad = '2030-02-30 holiday 测试\n2030-10-01..2030-10-03 holiday 国庆节\n2030-10-08 workday 国庆节';
    await text.fill(bad);
    await page.getByTestId('calendar-load-submit').click();
    const form = page.getByTestId('calendar-load-form');
    await form.getByText('第 1 行：日期“2030-02-30”无效', { exact: false }).waitFor();
    await form.getByText('第 3 行：2030-10-08 不是周六或周日', { exact: false }).waitFor();
    expect(await text.inputValue()).toBe(bad);
    expect(await page.getByTestId('calendar-not-loaded').count()).toBe(1);

    // Corrected: loaded, the page turns to 2030 and lists the holiday as a range and the make-up day.
    await text.fill('2030-10-01..2030-10-03 holiday 国庆节\n2030-09-29 班 国庆节');
    await page.getByTestId('calendar-load-submit').click();
    await page.locator('.ant-message').getByText('已载入：2030 年（放假 3 天，调休上班 1 天）', { exact: true }).waitFor();
    await page.getByTestId('calendar-summary').getByText('2030 年：放假 3 天，调休上班 1 天', { exact: false }).waitFor();
    const days = page.getByTestId('calendar-days');
    await days.getByText('2030-10-01 至 2030-10-03', { exact: true }).waitFor();
    await days.getByText('2030-09-29', { exact: true }).waitFor();
    await days.getByText('调休上班', { exact: true }).waitFor();
    expect(await text.inputValue()).toBe('');
    expect(await page.getByTestId('form-error').count()).toBe(0);
    // The loaded years are listed with their counts; 2026 is still there.
    await page.getByTestId('calendar-loaded-years').getByText('2026 年', { exact: false }).waitFor();
    await logOut(page);
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
