// Issue #13 in the browser: an organization list imported from Excel shows its overdue renewal,
// which becomes ledger tasks in one click; a village branch is screened, designated as weak and lax,
// gets a plan and measures (ledger tasks, closed through the ledger) and is accepted with a score
// and evidence.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { answerTo, apiSession, logIn, logOut } from './support/session.ts';

const e2e = withBrowserApp();

const COMMITTEE = '中共安定镇农村工作总支部委员会';
const VILLAGE = '中共柳树村经济合作社支部委员会';
const MEASURE = '选优配强经济合作社党支部书记，健全“三会一课”制度';

const login = (username: string) => logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });
/** The dialog on top (antd keeps closed ones in the DOM, hidden). */
const dialog = (): Locator => e2e.page.locator('.ant-modal-wrap:visible .ant-modal').last();

async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await e2e.page.keyboard.type(date);
  await e2e.page.keyboard.press('Enter');
}

/** The organization list as the national party-member information system exports it; the last row names a unit that does not exist. */
async function organizationList(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组织');
  ws.addRow(['组织名称', '组织类别', '组织类型', '上级党组织', '所在单位', '成立日期', '书记', '书记身份', '党员数', '换届日期', '届满日期']);
  ws.addRow([COMMITTEE, '农村', '党总支', '', '安定镇', '2008-07-01', '周建国', '', 62, '2018-03-15', '2021-03-15']);
  ws.addRow([VILLAGE, '农村', '党支部', COMMITTEE, '柳树村', '2012-05-04', '孙丽', '返乡人员', 23, '2024-05-10', '']);
  ws.addRow(['中共不存在镇某某支部委员会', '农村', '党支部', COMMITTEE, '不存在镇', '', '', '', 5, '', '']);
  const file = path.join(e2e.tmp, '党组织信息.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('party organizations: import, renewal tasks, weak-and-lax rectification', () => {
  it('the supervisor imports an organization list: the bad row is named, the rest imports when skipped', async () => {
    await login('supervisor');
    await e2e.page.getByTestId('side-menu').getByText('党组织').click();
    await e2e.page.waitForURL(/\/party-orgs$/);
    await e2e.page.getByTestId('org-import').click();
    const file = await organizationList();
    const form = dialog();
    await form.locator('input[type=file]').setInputFiles(file);

    const rejected = answerTo(e2e.page, 'POST', '/api/party-orgs/import');
    await form.getByTestId('org-import-submit').click();
    expect((await rejected).status()).toBe(400);
    const errors = form.getByTestId('org-import-errors');
    await errors.getByText('第 4 行').waitFor();
    await errors.getByText('所在单位').first().waitFor();

    await form.getByTestId('org-import-skip').click();
    const imported = answerTo(e2e.page, 'POST', '/api/party-orgs/import');
    await form.getByTestId('org-import-submit').click();
    const answer = await imported;
    expect(answer.status()).toBe(201);
    expect(((await answer.json()) as { imported: number }).imported).toBe(2);
    await form.locator('.ant-modal-close').click();
    await form.waitFor({ state: 'hidden' });

    await e2e.page.getByTestId('org-filter-q').fill('安定镇农村工作');
    await e2e.page.getByTestId('org-filter-submit').click();
    await e2e.page.getByTestId('org-table').locator('tr').filter({ hasText: COMMITTEE }).getByText('届满未换届').waitFor();
    // Its own tree: the village branch hangs under the committee it names.
    await e2e.page.getByTestId('org-tree').getByText(VILLAGE).waitFor();
  });

  it('shows the overdue renewal and turns it into the three renewal tasks of the superior’s host unit', async () => {
    await e2e.page.getByTestId('party-orgs-tab-renewals').click();
    await e2e.page.waitForURL(/\/party-orgs\/renewals/);
    await e2e.page.getByTestId('renewals-overdue').click();
    const row = e2e.page.getByTestId('renewal-table').locator('tr').filter({ hasText: COMMITTEE });
    await row.getByText('届满未换届').waitFor();
    await row.getByTestId('renewal-tasks').click();
    const made = answerTo(e2e.page, 'POST', /^\/api\/party-orgs\/\d+\/renewal-tasks$/);
    await e2e.page.getByTestId('renewal-tasks-confirm').click();
    const answer = await made;
    expect(answer.status()).toBe(201);
    const { taskIds } = (await answer.json()) as { taskIds: number[] };
    expect(taskIds).toHaveLength(3);

    await row.getByTestId('renewal-link').click();
    await e2e.page.getByTestId('org-detail').waitFor();
    const tasks = e2e.page.getByTestId('org-task-row');
    await tasks.nth(2).waitFor();
    expect(await tasks.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-task-id'))).sort((a, b) => a - b))).toEqual(
      [...taskIds].sort((a, b) => a - b),
    );
    await e2e.page.getByTestId('org-task-link').first().click();
    await e2e.page.getByTestId('task-title').waitFor();
  });

  it('screens the village branch, designates it, writes its plan and a measure, dispatches it', async () => {
    const sup = await apiSession(e2e.server.url, 'supervisor');
    // The demo ships the dictionary; a fresh install may not: the screening needs one.
    const criteria = await sup<{ items: unknown[] }>('GET', '/api/party-orgs/weak-lax/criteria');
    if (!criteria.items.length)
      await sup('PUT', '/api/party-orgs/weak-lax/criteria', {
        items: [{ code: 'teamDisunited', category: 'team', name: '班子不团结、内耗严重、工作不能正常开展' }],
      });

    await e2e.page.goto(`${e2e.server.url}/party-orgs/weak-lax`);
    await e2e.page.getByTestId('weak-lax-screen').click();
    const form = dialog();
    await form.getByTestId('screening-org').click();
    await e2e.page.keyboard.type('柳树村经济合作社');
    await e2e.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: VILLAGE }).click();
    await form.locator('[data-testid^=criterion-]').first().click();
    const screened = answerTo(e2e.page, 'POST', '/api/party-orgs/weak-lax/screenings');
    await form.getByTestId('screening-submit').click();
    expect((await screened).status()).toBe(200);

    const row = e2e.page.getByTestId('weak-lax-table').locator('tr').filter({ hasText: VILLAGE });
    await row.getByText('已排查').waitFor();
    await row.getByTestId('weak-lax-designate').click();
    await dialog().getByTestId('designate-leader').fill('刘振华（副县长）');
    await dialog().getByTestId('designate-submit').click();
    await e2e.page.waitForURL(/\/party-orgs\/weak-lax\/\d+$/);
    await e2e.page.getByTestId('weak-lax-detail').waitFor();

    await e2e.page.getByTestId('weak-plan').fill('调整充实村党支部班子，规范组织生活，发展壮大村集体经济。');
    const planned = answerTo(e2e.page, 'PUT', /^\/api\/party-orgs\/weak-lax\/\d+\/plan$/);
    await e2e.page.getByTestId('weak-plan-save').click();
    expect((await planned).status()).toBe(200);
    await e2e.page.locator('[data-testid=weak-lax-detail][data-status=rectifying]').waitFor();

    await e2e.page.getByTestId('weak-measure-add').click();
    await dialog().getByTestId('weak-measure-title').fill(MEASURE);
    await dialog().getByTestId('weak-measure-owner').fill('孙丽');
    await typeDate(dialog().getByTestId('weak-measure-deadline'), '2027-03-31');
    await dialog().getByTestId('weak-measure-submit').click();
    await e2e.page.getByTestId('measure-row').filter({ hasText: MEASURE }).waitFor();

    await e2e.page.getByTestId('weak-dispatch').click();
    await e2e.page.getByTestId('weak-dispatch-confirm').click();
    await e2e.page.getByTestId('measure-row').filter({ hasText: MEASURE }).getByText('已下达').waitFor();
  });

  it('the measure closes through the ledger; the supervisor accepts the rectification with a score and evidence', async () => {
    const id = Number(/\/party-orgs\/weak-lax\/(\d+)$/.exec(e2e.page.url())?.[1]);
    const taskId = Number(await e2e.page.getByTestId('measure-row').first().getAttribute('data-task-id'));
    expect(taskId).toBeGreaterThan(0);
    // The ledger's loop (tested on its own pages): the 东城区 liaison reports and asks for sign-off, the supervisor signs off.
    const sup = await apiSession(e2e.server.url, 'supervisor');
    const liaison = await apiSession(e2e.server.url, 'liaison');
    const act = async (call: typeof sup, action: string, body: object = {}) => {
      const { version } = await call<{ version: number }>('GET', `/api/tasks/${taskId}`);
      await call('POST', `/api/tasks/${taskId}/actions/${action}`, { version, ...body });
    };
    await act(liaison, 'acknowledge');
    await liaison('POST', `/api/tasks/${taskId}/reports`, { text: '新任书记已到岗，组织生活恢复正常。', percent: 100 });
    await act(liaison, 'requestSignOff', { text: '措施已落实，申请销号。' });
    await act(sup, 'signOff');

    await e2e.page.goto(`${e2e.server.url}/party-orgs/weak-lax/${id}`);
    await e2e.page.getByTestId('measure-row').filter({ hasText: MEASURE }).getByText('已销号').waitFor();
    await e2e.page.getByTestId('weak-accept').click();
    const form = dialog();
    await form.getByTestId('weak-accept-score').fill('85');
    const evidence = path.join(e2e.tmp, '柳树村整顿验收材料.txt');
    fs.writeFileSync(evidence, '柳树村经济合作社党支部整顿验收材料（测试附件）');
    await form.locator('input[type=file]').setInputFiles(evidence);
    await form.getByText('柳树村整顿验收材料.txt').waitFor();
    const accepted = answerTo(e2e.page, 'POST', `/api/party-orgs/weak-lax/${id}/accept`);
    await form.getByTestId('weak-accept-submit').click();
    expect((await accepted).status()).toBe(200);

    await e2e.page.locator('[data-testid=weak-lax-detail][data-status=watched]').waitFor();
    await e2e.page.getByTestId('weak-acceptance-score').getByText('85 分（70 分通过） 通过').waitFor();
    await e2e.page.getByTestId('weak-acceptance-file').first().waitFor();
    // The look-back is a ledger task a year on.
    await e2e.page.getByTestId('weak-look-back-task').first().waitFor();

    // The figure 跟踪观察 opens the list it counts, which holds the village.
    await e2e.page.goto(`${e2e.server.url}/party-orgs/weak-lax`);
    await e2e.page.getByTestId('weak-lax-figure-watched').click();
    await e2e.page.waitForURL(/stage=watched/);
    await e2e.page.getByTestId('weak-lax-table').locator('tr').filter({ hasText: VILLAGE }).getByText('跟踪观察').waitFor();
    await logOut(e2e.page);
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
