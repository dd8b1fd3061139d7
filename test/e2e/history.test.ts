// Issue #9 in the browser: times in Beijing time, one decision per sign-off request, the task's
// history in words and live.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { DEMO_PASSWORD, logIn, logOut } from './support/session.ts';

const e2e = withBrowserApp();

const login = (username: string) => logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });
const dialog = (): Locator => e2e.page.locator('.ant-modal-wrap:visible .ant-modal').last();

/** A session of its own, beside the browser's: what another user does while the page is open. */
async function apiSession(username: string) {
  const res = await fetch(`${e2e.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const me = (await res.json()) as { csrfToken: string; user: { unitId: number } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, url: string, body?: unknown) => {
    const r = await fetch(`${e2e.server.url}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    expect(r.status, `${method} ${url}: ${text}`).toBeLessThan(300);
    return text ? JSON.parse(text) : null;
  };
  const act = async (id: number, action: string, body: Record<string, unknown> = {}) => {
    const { version } = await call('GET', `/api/tasks/${id}`);
    return call('POST', `/api/tasks/${id}/actions/${action}`, { version, ...body });
  };
  return { me, call, act };
}

type Session = Awaited<ReturnType<typeof apiSession>>;

/** A task of 东城区 (the demo liaison's district), dispatched, acknowledged and reported on. */
async function reportedTask(sup: Session, liaison: Session, title: string): Promise<number> {
  const { id } = await sup.call('POST', '/api/tasks', { title, leadUnitId: liaison.me.user.unitId, deadline: '2027-06-30' });
  await sup.call('POST', '/api/tasks/dispatch', { ids: [id] });
  await liaison.act(id, 'acknowledge');
  await liaison.call('POST', `/api/tasks/${id}/reports`, { text: '已完成排查摸底', percent: 40 });
  return id;
}

const beijing = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

describe('issue #9 in the browser', () => {
  it('shows a notification written at 16:30 UTC as 00:30 the next day, in 我的工作 and in the bell alike', async () => {
    // A row written at a known instant, straight into the server's database.
    const db = new Database(path.join(e2e.server.dataDir, 'luoshi.db'));
    try {
      db.pragma('busy_timeout = 5000');
      const user = db.prepare('select id from users where username = ?').get('liaison') as { id: number };
      db.prepare('insert into notifications (user_id, kind, title, body, created_at) values (?, ?, ?, ?, ?)').run(
        user.id,
        'test.time',
        '北京时间测试',
        '',
        '2026-06-30T16:30:00.000Z',
      );
    } finally {
      db.close();
    }
    await login('liaison');
    await e2e.page.goto(`${e2e.server.url}/my-work`);
    const row = e2e.page.getByTestId('mywork-notifications').locator('.ant-list-item').filter({ hasText: '北京时间测试' });
    await row.getByText('2026-07-01 00:30').waitFor();
    expect(await row.textContent()).not.toContain('06-30');

    await e2e.page.getByTestId('notification-bell').click();
    const item = e2e.page.getByTestId('notification-item').filter({ hasText: '北京时间测试' });
    await item.getByText('2026-07-01 00:30').waitFor();
    await e2e.page.keyboard.press('Escape');
    await logOut(e2e.page);
  });

  it('closes a sign-off request with its decision: after 销号 the report offers no review, the task no 催办 or 督办单', async () => {
    const sup = await apiSession('supervisor');
    const liaison = await apiSession('liaison');
    const id = await reportedTask(sup, liaison, '一次决定的销号申请');
    await liaison.act(id, 'requestSignOff', { text: '各项工作已完成，申请销号。' });

    await login('supervisor');
    await e2e.page.goto(`${e2e.server.url}/ledger/tasks/${id}`);
    const request = e2e.page.getByTestId('task-report').filter({ hasText: '申请销号。' });
    await request.waitFor();
    expect(await request.getAttribute('data-review')).toBe('pending');
    // A 销号申请 is decided on the task, not as a report beside it.
    expect(await request.getByTestId('report-accept').count()).toBe(0);
    await e2e.page.getByTestId('action-remind').waitFor();

    await e2e.page.getByTestId('action-signOff').click();
    await dialog().locator('.ant-modal-footer .ant-btn-primary').click();
    await e2e.page.locator('[data-testid=task-report][data-review=accepted]').filter({ hasText: '申请销号。' }).waitFor();
    expect(await request.getByTestId('report-accept').count()).toBe(0);
    expect(await request.getByTestId('report-return').count()).toBe(0);
    expect(await e2e.page.getByTestId('action-remind').count()).toBe(0);
    expect(await e2e.page.getByTestId('action-supervisionNotice').count()).toBe(0);
    // The history lists the request once, and no raw key.
    const history = e2e.page.getByTestId('task-timeline');
    await history.locator('[data-kind="task.signOff"]').waitFor();
    expect(await history.locator('[data-kind="task.report"]').count()).toBe(1);
    expect(await history.textContent()).not.toMatch(/task\.\w+/);
    await logOut(e2e.page);
  });

  it('tells the history live and in words: 催办 with its message, 督办单 with its number and file, in Beijing time, in both languages', async () => {
    const sup = await apiSession('supervisor');
    const liaison = await apiSession('liaison');
    const id = await reportedTask(sup, liaison, '被督办的任务');

    await login('liaison');
    await e2e.page.goto(`${e2e.server.url}/ledger/tasks/${id}`);
    const history = e2e.page.getByTestId('task-timeline');
    await history.locator('[data-kind="task.report"]').waitFor();

    // The supervisor presses the task elsewhere; the page open here follows without a reload.
    await sup.call('POST', `/api/tasks/${id}/reminders`, { message: '请本周内报送进展' });
    const remind = history.locator('[data-kind="task.remind"]');
    await remind.getByText('催办', { exact: true }).waitFor();
    await remind.getByTestId('timeline-message').getByText('请本周内报送进展').waitFor();

    const notice = await sup.call('POST', `/api/tasks/${id}/supervision-notices`, { requirements: '请加快推进并书面报告', dueBy: '2027-01-15' });
    const issued = history.locator('[data-kind="task.supervisionNotice"]');
    await issued.getByText('发督办单', { exact: true }).waitFor();
    await issued.getByText('请加快推进并书面报告').waitFor();
    const link = issued.getByTestId('timeline-notice-download');
    await link.getByText(`督办单 ${notice.number}`).waitFor();
    // The receiving unit's liaison may open the notice.
    const [download] = await Promise.all([e2e.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toContain(notice.number);

    // Every time shown is Beijing time, not the UTC the API sends.
    const entries = (await liaison.call('GET', `/api/tasks/${id}/timeline`)).items as { at: string }[];
    const shown = await history.getByTestId('timeline-at').allTextContents();
    expect(shown).toEqual(entries.map((e) => beijing.format(new Date(e.at))));

    await e2e.page.evaluate(() => localStorage.setItem('luoshi.lang', 'en-US'));
    await e2e.page.reload();
    await remind.getByText('Sent a reminder', { exact: true }).waitFor();
    await issued.getByText('Issued a supervision notice', { exact: true }).waitFor();
    await issued.getByText(`Supervision notice ${notice.number}`).waitFor();
    expect(await history.textContent()).not.toMatch(/task\.\w+/);
    await e2e.page.evaluate(() => localStorage.setItem('luoshi.lang', 'zh-CN'));
    await logOut(e2e.page);
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
