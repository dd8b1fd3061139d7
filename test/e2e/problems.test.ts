import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { answerTo, logIn, logOut } from './support/session.ts';

const FINDING = '部分基层党组织未按期换届，个别党支部书记长期空缺';
const MEASURES = ['制定基层党组织换届工作计划，逐个明确换届时间', '选优配强空缺的党支部书记'];

const e2e = withBrowserApp();
let problemId = 0;
let measureIds: number[] = [];

const login = (username: string) => logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });

const logout = () => logOut(e2e.page);

/** The dialog on top (antd keeps closed ones in the DOM, hidden). */
const dialog = (): Locator => e2e.page.locator('.ant-modal-wrap:visible .ant-modal').last();

async function pickTreeUnit(select: Locator, name: string): Promise<void> {
  await select.click();
  await e2e.page.keyboard.type(name);
  await e2e.page.locator('.ant-select-dropdown:visible .ant-select-tree-title').getByText(name, { exact: true }).click();
}

async function pickOption(select: Locator, label: string): Promise<void> {
  await select.click();
  await e2e.page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(label, { exact: true }).click();
}

async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await e2e.page.keyboard.type(date);
  await e2e.page.keyboard.press('Enter');
}

async function openTask(id: number): Promise<void> {
  await e2e.page.goto(`${e2e.server.url}/ledger/tasks/${id}`);
  await e2e.page.getByTestId('task-title').waitFor();
}

async function expectTaskStatus(label: string): Promise<void> {
  await e2e.page.getByTestId('task-facts').getByTestId('task-status').getByText(label, { exact: true }).waitFor();
}

async function openProblem(): Promise<void> {
  await e2e.page.goto(`${e2e.server.url}/problems/${problemId}`);
  await e2e.page.getByTestId('problem-detail').waitFor();
}

const problemStatus = () => e2e.page.getByTestId('problem-facts').getByTestId('problem-status');

describe('problems: record, measures as ledger tasks, rectify, accept', () => {
  it('the supervisor records a problem for 东城区 with two measures and dispatches them', async () => {
    await login('supervisor');
    await e2e.page.getByTestId('side-menu').getByText('问题清单').click();
    await e2e.page.waitForURL(/\/problems$/);
    await e2e.page.getByTestId('problem-create').click();
    const form = dialog();
    await form.getByTestId('problem-source-title').fill('市委第三巡察组反馈意见');
    await form.getByTestId('problem-finding').fill(FINDING);
    await pickOption(form.getByTestId('problem-category'), '组织建设');
    await pickOption(form.getByTestId('problem-severity'), '严重');
    await pickTreeUnit(form.getByTestId('problem-unit'), '东城区');

    // What was typed survives a reload (sessionStorage draft).
    await e2e.page.reload();
    await e2e.page.getByTestId('problem-create').click();
    await dialog().getByTestId('draft-restored').waitFor();
    expect(await dialog().getByTestId('problem-finding').inputValue()).toBe(FINDING);

    await typeDate(dialog().getByTestId('problem-found-on'), '2026-11-20');
    await typeDate(dialog().getByTestId('problem-deadline'), '2027-06-30');
    await dialog().getByTestId('problem-create-submit').click();
    await e2e.page.waitForURL(/\/problems\/\d+$/);
    problemId = Number(/\/problems\/(\d+)$/.exec(e2e.page.url())?.[1]);
    expect(problemId).toBeGreaterThan(0);
    await expect(problemStatus().getAttribute('data-status')).resolves.toBe('open');
    // No measures yet: the server's prompt is shown inline.
    await e2e.page.getByTestId('problem-warning').filter({ hasText: '尚未制定整改措施' }).waitFor();

    for (const [i, title] of MEASURES.entries()) {
      await e2e.page.getByTestId('measure-add').click();
      const m = dialog();
      await m.getByTestId('measure-title').fill(title);
      await m.getByTestId('measure-owner').fill(i === 0 ? '王组织' : '李书记');
      await typeDate(m.getByTestId('measure-deadline'), i === 0 ? '2027-03-31' : '2027-05-31');
      await m.getByTestId('measure-submit').click();
      await e2e.page.getByTestId('measure-row').filter({ hasText: title }).waitFor();
    }
    const rows = e2e.page.getByTestId('measure-row');
    expect(await rows.count()).toBe(2);
    // Each measure is a ledger task led by the responsible unit, linking to its task page.
    measureIds = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-task-id'))));
    expect(measureIds.every((id) => id > 0)).toBe(true);
    for (const title of MEASURES) await rows.filter({ hasText: title }).getByText('东城区').waitFor();
    await expect(e2e.page.getByTestId('problem-warnings').count()).resolves.toBe(0);

    await e2e.page.getByTestId('measure-dispatch-all').click();
    await e2e.page.getByTestId('dispatch-confirm').click();
    await e2e.page.getByTestId('measure-dispatch-all').waitFor({ state: 'detached' });
    for (const title of MEASURES) await rows.filter({ hasText: title }).getByText('已下达').waitFor();
    await problemStatus().getByText('整改中', { exact: true }).waitFor();

    // The list shows it with its counts and light.
    await e2e.page.goto(`${e2e.server.url}/problems?q=${encodeURIComponent('未按期换届')}`);
    const row = e2e.page.getByTestId('problem-table').locator('tr').filter({ hasText: FINDING });
    await row.getByText('整改中').waitFor();
    await row.getByText('0/2 项已销号').waitFor();
    await logout();
  });

  it('the liaison of 东城区 acknowledges both measures, reports on them and asks for sign-off', async () => {
    await login('liaison');
    for (const [i, id] of measureIds.entries()) {
      await openTask(id);
      await e2e.page.getByTestId('action-acknowledge').click();
      await expectTaskStatus('已签收');
      await e2e.page.getByTestId('action-report').click();
      await dialog()
        .getByTestId('report-text')
        .fill(i === 0 ? '已制定换届工作计划，明确12个党支部的换届时间。' : '已选配3名党支部书记，空缺全部补齐。');
      await dialog().getByTestId('report-submit').click();
      await e2e.page.getByTestId('task-report').first().waitFor();
      await e2e.page.getByTestId('action-requestSignOff').click();
      await dialog().getByTestId('report-text').fill('整改措施已落实，申请销号。');
      await dialog().getByTestId('report-submit').click();
      await expectTaskStatus('申请销号');
    }
    await logout();
  });

  it('the supervisor signs both off, then accepts the rectification with evidence; the problem is 已整改', async () => {
    await login('supervisor');
    for (const id of measureIds) {
      await openTask(id);
      await e2e.page.getByTestId('action-signOff').click();
      const signedOff = answerTo(e2e.page, 'POST', `/api/tasks/${id}/actions/signOff`);
      await dialog().locator('.ant-modal-footer .ant-btn-primary').click();
      expect((await signedOff).status()).toBe(200);
      await expectTaskStatus('已销号');
    }

    await openProblem();
    await problemStatus().getByText('待验收', { exact: true }).waitFor();
    await e2e.page.getByTestId('problem-accept').click();
    const form = dialog();
    await form.getByTestId('acceptance-comment').fill('经实地核查，换届工作全部完成，空缺书记已配齐，同意销号。');
    const evidence = path.join(e2e.tmp, '东城区换届整改验收材料.txt');
    fs.writeFileSync(evidence, '东城区基层党组织换届整改验收材料（测试附件）');
    await form.locator('input[type=file]').setInputFiles(evidence);
    await form.getByText('东城区换届整改验收材料.txt').waitFor();
    await form.getByTestId('acceptance-submit').click();

    await problemStatus().getByText('已整改', { exact: true }).waitFor();
    await expect(e2e.page.getByTestId('problem-steps').getAttribute('data-status')).resolves.toBe('rectified');
    await e2e.page.getByTestId('problem-accepted').getByTestId('acceptance-file').first().waitFor();
    await expect(e2e.page.getByTestId('problem-accept').count()).resolves.toBe(0);

    await e2e.page.goto(`${e2e.server.url}/problems?status=rectified`);
    await e2e.page.getByTestId('problem-table').locator('tr').filter({ hasText: FINDING }).getByText('已整改').waitFor();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
