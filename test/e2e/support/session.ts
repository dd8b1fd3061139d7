import type { BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Luoshi@2026';

/**
 * Logs in through the login page. `fresh` clears the cookies first (a step that failed half-way
 * may have left a session); `wait: false` for a login that is expected to fail.
 */
export async function logIn(
  page: Page,
  baseUrl: string,
  username: string,
  opts: { password?: string; wait?: boolean; fresh?: BrowserContext } = {},
): Promise<void> {
  await opts.fresh?.clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(opts.password ?? DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  if (opts.wait !== false) await page.getByTestId('topbar-user').waitFor();
}

/** Collects script errors and CSP violations: the server's CSP is `script-src 'self'`, nothing inline may run. */
export function watchPage(page: Page, problems: string[]): void {
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
}

/**
 * Logs out through the top bar. A tooltip left open by the last hover (a dashboard badge, a table
 * cell) can lie over the button and take the click: the pointer leaves first, and the click waits
 * until no tooltip shows.
 */
export async function logOut(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => [...document.querySelectorAll('.ant-tooltip, .ant-popover')].every((d) => d.classList.contains('ant-tooltip-hidden') || d.classList.contains('ant-popover-hidden') || !(d as HTMLElement).offsetParent));
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login$/);
  await page.getByTestId('login-username').waitFor();
}
