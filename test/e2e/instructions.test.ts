// Issue #9: a leader writes a 批示 on a task in the browser; the liaison, with the task open,
// sees it in the history live (no reload), with the leader's name and unit.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser-app.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { apiSession, logIn } from './support/session.ts';

const e2e = withBrowserApp();
let liaisonBrowser: Browser | undefined;
afterAll(async () => liaisonBrowser?.close());

/** Screenshots go to SCREENSHOT_DIR when it is set (for a reviewer); nothing is asserted on them. */
async function shot(name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await e2e.page.screenshot({ path: path.join(dir, name), fullPage: true });
}

describe('批示 in the browser', () => {
  it('a leader writes one on a task; the liaison sees it in the history live', async () => {
    const sup = await apiSession(e2e.server.url, 'supervisor');
    const liaison = await apiSession(e2e.server.url, 'liaison');
    const me = await liaison<{ user: { unitId: number } }>('GET', '/api/me');
    const { id } = await sup<{ id: number }>('POST', '/api/tasks', { title: '领导批示的任务', leadUnitId: me.user.unitId, deadline: '2027-06-30' });
    await sup('POST', '/api/tasks/dispatch', { ids: [id] });

    // The liaison has the task open in a browser of its own.
    liaisonBrowser = await launchBrowser();
    const lp = liaisonBrowser.page;
    await logIn(lp, e2e.server.url, 'liaison');
    await lp.goto(`${e2e.server.url}/ledger/tasks/${id}`);
    await lp.locator('[data-testid="timeline-entry"][data-kind="task.dispatch"]').waitFor();
    await lp.getByTestId('instructions').waitFor();
    expect(await lp.getByTestId('instruction-write').count()).toBe(0);

    await logIn(e2e.page, e2e.server.url, 'leader', { fresh: e2e.browser.context });
    await e2e.page.goto(`${e2e.server.url}/ledger/tasks/${id}`);
    await e2e.page
      .getByTestId('instruction-write')
      .waitFor()
      .catch(async (e: unknown) => {
        throw new Error(`${String(e)}\n${e2e.page.url()}\n${(await e2e.page.locator('body').innerText()).slice(0, 1500)}`);
      });
    await e2e.page.getByTestId('instruction-write').click();
    await e2e.page.getByTestId('instruction-text-input').fill('请东城区抓紧推进，月底前报送进展。');
    await e2e.page.getByTestId('instruction-send').click();
    await e2e.page.getByTestId('instruction-text').filter({ hasText: '请东城区抓紧推进' }).waitFor();
    await e2e.page.locator('[data-testid="timeline-entry"][data-kind="task.instruction"]').waitFor();

    const entry = lp.locator('[data-testid="timeline-entry"][data-kind="task.instruction"]');
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain('作出批示');
    expect(text).toContain('请东城区抓紧推进，月底前报送进展。');
    expect(text).toContain('市委组织部');
    await lp.getByTestId('instruction-text').filter({ hasText: '请东城区抓紧推进' }).waitFor();

    await shot('task-detail-1440.png');
    await e2e.page.setViewportSize({ width: 390, height: 844 });
    await e2e.page.getByTestId('instruction-write').waitFor();
    expect(await e2e.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('task-detail-390.png');
    expect(e2e.pageProblems).toEqual([]);
  });
});
