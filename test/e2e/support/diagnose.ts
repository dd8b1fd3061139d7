import type { Page } from 'playwright-core';

interface ApiCall {
  method: string;
  path: string;
  started: number;
  status?: number | 'failed';
  ms?: number;
}

/**
 * What the page was doing, for the message of a failed browser test: a locator that waited in vain
 * says only what it waited for. This adds where the page was, which API calls were still open or
 * ended how, what dialogs and messages showed, and the server's last lines — enough to tell a slow
 * machine from a request never sent or an error shown.
 */
export function recordPage(page: Page) {
  const calls: ApiCall[] = [];
  const open = new Map<object, ApiCall>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!url.pathname.startsWith('/api/')) return;
    const call: ApiCall = { method: req.method(), path: url.pathname + url.search, started: Date.now() };
    open.set(req, call);
    calls.push(call);
    if (calls.length > 40) calls.shift();
  });
  const end = (req: object, status: number | 'failed') => {
    const call = open.get(req);
    if (!call) return;
    open.delete(req);
    call.status = status;
    call.ms = Date.now() - call.started;
  };
  page.on(
    'requestfinished',
    (req) =>
      void req.response().then(
        (r) => end(req, r?.status() ?? 'failed'),
        () => end(req, 'failed'),
      ),
  );
  page.on('requestfailed', (req) => end(req, 'failed'));

  return async function describePage(serverOutput: string): Promise<string> {
    const shown = await page
      .evaluate(() => {
        const visible = (sel: string) =>
          [...document.querySelectorAll(sel)].filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.textContent ?? '').trim().slice(0, 200));
        return {
          dialogs: visible('.ant-modal-wrap .ant-modal'),
          messages: visible('.ant-message-notice, .ant-notification-notice, .ant-alert, .ant-form-item-explain-error'),
        };
      })
      .catch((err: unknown) => ({ dialogs: [], messages: [`(page not readable: ${String(err)})`] }));
    const now = Date.now();
    const lines = calls
      .slice(-15)
      .map((c) => `  ${c.method} ${c.path} → ${c.status ?? `still open after ${now - c.started} ms`}${c.ms !== undefined ? ` in ${c.ms} ms` : ''}`);
    return [
      `page: ${page.url()}`,
      `last API calls:\n${lines.join('\n') || '  (none)'}`,
      `dialogs: ${JSON.stringify(shown.dialogs)}`,
      `messages: ${JSON.stringify(shown.messages)}`,
      `server, last lines:\n${serverOutput.split('\n').slice(-12).join('\n')}`,
    ].join('\n');
  };
}
