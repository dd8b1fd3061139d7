import type { BrowserContext, Page, Request } from 'playwright-core';

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
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-tooltip, .ant-popover')].every(
      (d) => d.classList.contains('ant-tooltip-hidden') || d.classList.contains('ant-popover-hidden') || !(d as HTMLElement).offsetParent,
    ),
  );
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login$/);
  await page.getByTestId('login-username').waitFor();
}

/** A second user's session from Node: the session cookie and the CSRF header, as the web app sends them. */
export async function apiSession(serverUrl: string, username: string) {
  const login = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${serverUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}

/**
 * The answer to the page's next `method` request to `path` (the whole path, query excluded). Wait on this,
 * not on the toast that reports it: a message lasts seconds, and a busy machine can poll past it.
 */
export function answerTo(page: Page, method: string, path: string | RegExp) {
  return page.waitForResponse((r) => {
    if (r.request().method() !== method) return false;
    const p = new URL(r.url()).pathname;
    return typeof path === 'string' ? p === path : path.test(p);
  });
}

/**
 * The page's API requests in flight (the live-event stream aside: it never ends). Wait on `quiet()` (every one
 * answered or failed) and `nextRequest()` (one more asked): events, not time budgets.
 */
export function watchApi(page: Page) {
  const open = new Set<Request>();
  let onQuiet: (() => void)[] = [];
  let onRequest: (() => void)[] = [];
  const isApi = (r: Request) => {
    const p = new URL(r.url()).pathname;
    return p.startsWith('/api/') && p !== '/api/events';
  };
  const ended = (r: Request) => {
    if (!open.delete(r) || open.size > 0) return;
    const waiting = onQuiet;
    onQuiet = [];
    for (const w of waiting) w();
  };
  page.on('request', (r) => {
    if (!isApi(r)) return;
    open.add(r);
    const waiting = onRequest;
    onRequest = [];
    for (const w of waiting) w();
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    quiet: (): Promise<void> => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => onQuiet.push(resolve))),
    nextRequest: (): Promise<void> => new Promise((resolve) => onRequest.push(resolve)),
    pending: (): string[] => [...open].map((r) => r.url()),
  };
}

export type ApiWatch = ReturnType<typeof watchApi>;

/** Spinners and skeletons: a lazy page loading, a table or a card waiting for its data. */
export const SPINNING = '.ant-spin-spinning, .ant-skeleton-active';

/**
 * Waits until the page has drawn its data: every API request it made answered, and nothing matching
 * `spinning` left. A spinner that stays while a request is open waits on that request's answer (an
 * event, however busy the machine), then on the drawing with the normal timeout.
 */
export async function settled(page: Page, api: ApiWatch, spinning = SPINNING): Promise<void> {
  for (;;) {
    await api.quiet();
    const asked = api.nextRequest().then(() => 'asked' as const);
    const drawn = page.waitForFunction((sel) => !document.querySelector(sel), spinning).then(() => 'drawn' as const);
    drawn.catch(() => undefined); // a wait that lost the race may time out later, unheard
    if ((await Promise.race([drawn, asked])) === 'drawn' && api.pending().length === 0) return;
  }
}
