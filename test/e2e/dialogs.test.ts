import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { withBrowserApp } from '../support/browser-app.ts';
import { apiSession, logIn, logOut } from './support/session.ts';

// Dialogs no other flow goes through: the look-back's check decision, role grants, a unit's rename and move.

const e2e = withBrowserApp();

const login = (username: string) => logIn(e2e.page, e2e.server.url, username, { fresh: e2e.browser.context });

const logout = () => logOut(e2e.page);

/** The dialog on top (antd keeps closed ones in the DOM, hidden). */
const dialog = (): Locator => e2e.page.locator('.ant-modal-wrap:visible .ant-modal').last();

const saveDialog = () =>
  dialog()
    .getByRole('button', { name: /保\s*存/ })
    .click();

// Each save is checked by what stays on the page (the row, the closed form, the tree), not by its 3 s message:
// a machine busy enough can poll past a toast.

async function pickTreeUnit(select: Locator, name: string): Promise<void> {
  await select.click();
  await e2e.page.keyboard.type(name);
  await e2e.page.locator('.ant-select-dropdown:visible .ant-select-tree-title').getByText(name, { exact: true }).click();
}

async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await e2e.page.keyboard.type(date);
  await e2e.page.keyboard.press('Enter');
}

/**
 * The unit the tree shows as `id`'s parent: the nearest node above it indented one step less.
 * Read from the rendered tree (antd draws a flat list, one indent unit per level).
 */
function treeParentOf(id: number): Promise<number | null> {
  return e2e.page.evaluate((unitId) => {
    const nodes = [...document.querySelectorAll('[data-testid="unit-tree"] .ant-tree-treenode')].map((n) => ({
      id: Number(n.querySelector('[data-unit-id]')?.getAttribute('data-unit-id')),
      depth: n.querySelectorAll('.ant-tree-indent-unit').length,
    }));
    const at = nodes.findIndex((n) => n.id === unitId);
    if (at < 0) return null;
    for (let i = at - 1; i >= 0; i--) if (nodes[i].depth === nodes[at].depth - 1) return nodes[i].id;
    return null;
  }, id);
}

describe('dialogs: a look-back check decision, role grants, renaming and moving a unit', () => {
  it('the supervisor schedules a look-back, confirms one check and reopens another, and sees both decisions', async () => {
    await login('supervisor');
    await e2e.page.getByTestId('side-menu').getByText('回头看', { exact: true }).click();
    await e2e.page.waitForURL(/\/look-backs$/);
    await e2e.page.getByTestId('look-back-create').click();
    await e2e.page.getByTestId('look-back-submit').click();
    await e2e.page.waitForURL(/\/look-backs\/\d+$/);
    await e2e.page.getByTestId('look-back-detail').waitFor();

    const rows = e2e.page.getByTestId('check-row');
    await rows.nth(1).waitFor();
    const [first, second] = await Promise.all([rows.nth(0).getAttribute('data-check-id'), rows.nth(1).getAttribute('data-check-id')]);
    const row = (id: string | null) => e2e.page.locator(`[data-testid="check-row"][data-check-id="${id}"]`);
    const decision = (id: string | null, d: string) => row(id).locator(`[data-testid="check-decision"][data-decision="${d}"]`);
    await decision(first, 'pending').waitFor();

    // 确认销号: a reason is required; the row then shows the decision, who took it and why.
    await row(first).getByTestId('check-confirm').click();
    await e2e.page.getByTestId('check-submit').click();
    await dialog().getByText('请填写理由', { exact: true }).waitFor();
    await e2e.page.getByTestId('check-reason').fill('经核查，整改成效巩固，确认销号');
    await e2e.page.getByTestId('check-submit').click();
    await decision(first, 'confirm').waitFor();
    await row(first).getByText('经核查，整改成效巩固，确认销号', { exact: true }).waitFor();
    await row(first).getByText('张督办', { exact: false }).waitFor();
    expect(await row(first).getByTestId('check-confirm').count()).toBe(0);

    // 重新办理 with a new deadline (later than the old one, the server insists): the task goes back to the ledger.
    await row(second).getByTestId('check-reopen').click();
    await e2e.page.getByTestId('check-reason').fill('问题出现反弹，需重新整改');
    await typeDate(dialog().getByTestId('check-deadline'), '2035-06-30');
    await e2e.page.getByTestId('check-submit').click();
    await decision(second, 'reopen').waitFor();
    await row(second).getByText('新的完成时限：2035-06-30', { exact: true }).waitFor();

    // Recorded on the server: a reload shows both, and the counts agree.
    await e2e.page.reload();
    await decision(first, 'confirm').waitFor();
    await decision(second, 'reopen').waitFor();
    expect(await e2e.page.getByTestId('look-back-progress').innerText()).toMatch(/^已确认 1 · 重新办理 1 · 待处理 \d+$/);
    await logout();
  });

  it('the security administrator grants a role over a unit, sees it, and removes it again', async () => {
    await login('secadmin');
    await e2e.page.goto(`${e2e.server.url}/admin/users?q=liaison-nanhu`);
    const userRow = e2e.page.getByTestId('users-table').locator('tr.ant-table-row').filter({ hasText: 'liaison-nanhu' });
    await userRow.getByText('联络员', { exact: true }).waitFor();
    expect(await userRow.getByText('分管领导', { exact: true }).count()).toBe(0);

    await e2e.page.getByTestId('user-grants-liaison-nanhu').click();
    const form = e2e.page.getByTestId('grants-form');
    const grantRows = form.locator('.ant-space').filter({ has: e2e.page.locator('.anticon-minus-circle') });
    await grantRows.first().getByText('联络员', { exact: true }).waitFor();
    expect(await grantRows.count()).toBe(1);

    // A new row starts on the user's own unit; the role is picked.
    await form.getByText('添加授权', { exact: true }).click();
    await grantRows.nth(1).getByText('南湖区', { exact: true }).waitFor();
    await grantRows.nth(1).getByText('角色', { exact: true }).waitFor();
    await form.locator('#userGrants_grants_1_roleId').click();
    await e2e.page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('分管领导', { exact: true }).click();
    await saveDialog();
    await form.waitFor({ state: 'hidden' });
    await userRow.getByText('分管领导', { exact: true }).waitFor();
    await userRow.getByText('联络员', { exact: true }).waitFor();

    // Opened again, the dialog shows both grants; removing one leaves the other.
    await e2e.page.getByTestId('user-grants-liaison-nanhu').click();
    await grantRows.nth(1).waitFor();
    expect(await grantRows.count()).toBe(2);
    await grantRows.filter({ hasText: '分管领导' }).locator('.anticon-minus-circle').click();
    await grantRows.nth(1).waitFor({ state: 'detached' });
    await saveDialog();
    await form.waitFor({ state: 'hidden' });
    await userRow.getByText('分管领导', { exact: true }).waitFor({ state: 'detached' });
    await userRow.getByText('联络员', { exact: true }).waitFor();
    await logout();
  });

  it('the system administrator renames a unit and moves it under another; the tree shows it there', async () => {
    // Two fresh units under the root, so the move's target has no other child.
    const admin = await apiSession(e2e.server.url, 'admin');
    const { items } = await admin<{ items: { id: number; name: string; parentId: number | null }[] }>('GET', '/api/units/tree');
    const root = items.find((u) => u.parentId === null && u.name === 'X市');
    if (!root) throw new Error('the demo has no root X市');
    const stamp = Date.now().toString().slice(-6);
    const create = (name: string) => admin<{ id: number }>('POST', '/api/units', { name, kind: 'department', parentId: root.id });
    const target = await create(`新上级${stamp}`);
    const unit = await create(`待改名${stamp}`);

    await login('admin');
    await e2e.page.goto(`${e2e.server.url}/admin/units?unit=${unit.id}`);
    const tree = e2e.page.getByTestId('unit-tree');
    const details = e2e.page.getByTestId('unit-details');
    await e2e.page.getByTestId('unit-details-name').getByText(`待改名${stamp}`, { exact: true }).waitFor();
    await tree.getByText(`待改名${stamp}`, { exact: true }).waitFor();
    expect(await treeParentOf(unit.id)).toBe(root.id);

    const renamed = `已改名${stamp}`;
    await e2e.page.getByTestId('unit-edit').click();
    await e2e.page.getByTestId('unit-edit-form').getByLabel('单位名称').fill(renamed);
    await saveDialog();
    await e2e.page.getByTestId('unit-details-name').getByText(renamed, { exact: true }).waitFor();
    await tree.getByText(renamed, { exact: true }).waitFor();
    expect(await tree.getByText(`待改名${stamp}`, { exact: true }).count()).toBe(0);

    await e2e.page.getByTestId('unit-move').click();
    const move = e2e.page.getByTestId('unit-move-form');
    await pickTreeUnit(move.getByTestId('unit-move-parent'), `新上级${stamp}`);
    await saveDialog();
    await move.waitFor({ state: 'hidden' });
    // The details name the new parent, and the tree draws the unit one level below it.
    await details.locator('.ant-breadcrumb').getByText(`新上级${stamp}`, { exact: true }).waitFor();
    await e2e.page.waitForFunction(
      ([u, p]) => {
        const nodes = [...document.querySelectorAll('[data-testid="unit-tree"] .ant-tree-treenode')];
        const at = nodes.findIndex((n) => n.querySelector(`[data-unit-id="${u}"]`));
        const above = nodes[at - 1];
        return at > 0 && !!above.querySelector(`[data-unit-id="${p}"]`);
      },
      [unit.id, target.id],
    );
    expect(await treeParentOf(unit.id)).toBe(target.id);
    expect(await treeParentOf(target.id)).toBe(root.id);
    await logout();
  });

  it('no page error or CSP violation happened along the way', () => {
    expect(e2e.pageProblems).toEqual([]);
  });
});
