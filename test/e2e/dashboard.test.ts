import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { answerTo, logIn, watchPage } from './support/session.ts';

const e2e = withBrowserApp();

function watch(p: Page): void {
  watchPage(p, e2e.pageProblems);
}

const login = (username: string) => logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });

const dialog = (p: Page): Locator => p.locator('.ant-modal-wrap:visible .ant-modal').last();

/** The count a dashboard figure shows (its link carries it as data-count too). */
async function figure(p: Page, testId: string): Promise<number> {
  const link = p.getByTestId(testId).first();
  await link.waitFor();
  const count = Number(await link.getAttribute('data-count'));
  expect(await link.innerText()).toContain(String(count));
  return count;
}

/** Clicks a figure and waits for the ledger page to show the same total for the same filters. */
async function expectLedgerTotalAfterClicking(testId: string, count: number): Promise<void> {
  await e2e.page.getByTestId(testId).first().click();
  await e2e.page.waitForURL(/\/ledger\?/);
  await e2e.page.getByTestId('ledger-table').waitFor();
  // The list loads after the page: wait for its total to read the figure's count (a wrong count times out naming it).
  await e2e.page
    .locator('.ant-table-pagination .ant-pagination-total-text')
    .filter({ hasText: new RegExp(`^共 ${count} 条$`) })
    .first()
    .waitFor();
}

async function apiGet<T>(url: string): Promise<T> {
  return e2e.page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).json(), url) as Promise<T>;
}

describe('dashboard: every number opens its list, live updates, briefings', () => {
  it('the supervisor opens the dashboard; a figure’s count equals the total the ledger shows after clicking it', async () => {
    await login('supervisor');
    await e2e.page.goto(`${e2e.server.url}/dashboard`);
    await e2e.page.getByTestId('dashboard-overview').waitFor();

    for (const id of ['fig-active', 'fig-light-green', 'fig-completion-num']) {
      await e2e.page.goto(`${e2e.server.url}/dashboard`);
      const count = await figure(e2e.page, id);
      expect(count, id).toBeGreaterThan(0);
      await expectLedgerTotalAfterClicking(id, count);
    }
    // The ledger kept the dashboard's filters in its URL.
    await e2e.page.goto(`${e2e.server.url}/dashboard`);
    const href = await e2e.page.getByTestId('fig-onTime-num').getAttribute('href');
    expect(href).toMatch(/^\/ledger\?.*onTime=true/);
  });

  it('a second page’s dashboard follows a sign-off made on the first page, without a reload', async () => {
    const waiting = await apiGet<{ items: { id: number; title: string }[] }>('/api/tasks?status=signOffRequested');
    expect(waiting.items.length, 'the demo has a task awaiting sign-off').toBeGreaterThan(0);
    const task = waiting.items[0];

    const second = await e2e.browser.context.newPage();
    watch(second);
    await second.goto(`${e2e.server.url}/dashboard`);
    await second.getByTestId('live-indicator').and(second.locator('[data-state="live"]')).waitFor();
    const before = await figure(second, 'fig-signedOff');
    const requested = await figure(second, 'fig-status-signOffRequested');
    await second.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await e2e.page.goto(`${e2e.server.url}/ledger/tasks/${task.id}`);
    await e2e.page.getByTestId('action-signOff').click();
    await dialog(e2e.page).locator('.ant-modal-footer .ant-btn-primary').click();
    await e2e.page.getByTestId('task-facts').getByTestId('task-status').getByText('已销号', { exact: true }).waitFor();

    // Waits on the figure's state, not on a clock; the same document (no reload) shows it came live.
    await second.waitForFunction((n) => Number(document.querySelector('[data-testid="fig-signedOff"]')?.getAttribute('data-count')) === n, before + 1);
    expect(await second.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await figure(second, 'fig-status-signOffRequested')).toBe(requested - 1);
    await second.close();
  });

  it('generates the month’s briefing, edits a sentence, issues it and downloads the Word file', async () => {
    await e2e.page.goto(`${e2e.server.url}/briefings`);
    await e2e.page.getByTestId('briefing-create').click();
    // The draft is computed from the month's figures: wait on its answer, then on the page it opens.
    const created = answerTo(e2e.page, 'POST', '/api/briefings');
    await dialog(e2e.page).getByTestId('briefing-create-submit').click();
    expect((await created).status()).toBe(201);
    await e2e.page.waitForURL(/\/briefings\/\d+$/);
    const id = Number(/\/briefings\/(\d+)$/.exec(e2e.page.url())![1]);
    const overview = e2e.page.getByTestId('section-text-overview');
    await overview.waitFor();

    const text = await overview.inputValue();
    expect(text).toContain('完成率');
    const sentence = '各单位要对照台账逐项抓好落实。';
    await overview.fill(`${text}${sentence}`);

    // Typing survives a reload (sessionStorage) …
    await e2e.page.reload();
    await e2e.page.getByTestId('draft-restored').waitFor();
    expect(await overview.inputValue()).toContain(sentence);

    // … and a colleague's save in between: the 409 loads their copy and keeps ours for a second save.
    await e2e.page.evaluate(async (bid) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('luoshi_csrf='))
          ?.split('=')[1] ?? '';
      const current = (await (await fetch(`/api/briefings/${bid}`)).json()) as { version: number };
      const res = await fetch(`/api/briefings/${bid}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ version: current.version, sections: { nextSteps: '同事修改的下一步工作要求。' } }),
      });
      if (!res.ok) throw new Error(`colleague's edit: ${res.status}`);
    }, id);
    const stale = answerTo(e2e.page, 'PATCH', `/api/briefings/${id}`);
    await e2e.page.getByTestId('briefing-save').click();
    expect((await stale).status()).toBe(409);
    // The colleague's text is loaded in, the typing kept.
    await e2e.page.waitForFunction(
      () => (document.querySelector('[data-testid=section-text-nextSteps]') as HTMLTextAreaElement | null)?.value === '同事修改的下一步工作要求。',
    );
    expect(await overview.inputValue()).toContain(sentence);
    const saved1 = answerTo(e2e.page, 'PATCH', `/api/briefings/${id}`);
    await e2e.page.getByTestId('briefing-save').click();
    expect((await saved1).status()).toBe(200);
    const saved = await apiGet<{ content: { sections: { key: string; text: string }[] } }>(`/api/briefings/${id}`);
    expect(saved.content.sections.find((s) => s.key === 'overview')?.text).toContain(sentence);
    expect(saved.content.sections.find((s) => s.key === 'nextSteps')?.text).toBe('同事修改的下一步工作要求。');

    await e2e.page.getByTestId('briefing-issue').click();
    await e2e.page.getByTestId('briefing-issue-confirm').click();
    await e2e.page.getByTestId('briefing-status').and(e2e.page.locator('[data-status="issued"]')).waitFor();
    await e2e.page.getByText(sentence).first().waitFor();

    const [download] = await Promise.all([e2e.page.waitForEvent('download'), e2e.page.getByTestId('briefing-docx').click()]);
    const file = path.join(e2e.tmp, 'briefing.docx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a leader writes a 批示 on a figure; it names the figure, opens its list, and reaches the supervisor', async () => {
    await login('leader');
    await e2e.page.goto(`${e2e.server.url}/dashboard`);
    await e2e.page.getByTestId('figure-instruction-write').click();
    await dialog(e2e.page).getByTestId('figure-instruction-figure-select').click();
    await e2e.page.locator('.ant-select-item-option').filter({ hasText: '红灯' }).first().click();
    await dialog(e2e.page).getByTestId('figure-instruction-text').fill('红灯任务要逐项销号，月底前报进展。');
    const sent = answerTo(e2e.page, 'POST', '/api/figure-instructions');
    await dialog(e2e.page).getByTestId('figure-instruction-send').click();
    expect((await sent).status()).toBe(201);
    const written = e2e.page.getByTestId('figure-instruction').filter({ hasText: '红灯任务要逐项销号' });
    await written
      .getByTestId('figure-instruction-figure')
      .filter({ hasText: /红灯 \d+ 项/ })
      .waitFor();
    await written.getByTestId('figure-instruction-figure').click();
    await e2e.page.waitForURL(/\/ledger\?.*light=red/);

    await login('supervisor');
    await e2e.page.getByTestId('notification-bell').click();
    await e2e.page.getByText('红灯任务要逐项销号，月底前报进展。').first().waitFor();
  });

  it('raised no page errors and no CSP violations', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
