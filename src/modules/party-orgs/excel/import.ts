import { AppError, notFound } from '../../../platform/errors.ts';
import type { ImportDefinition } from '../../../platform/excel/import-kit/index.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { excelRepo } from '../repo/excel.ts';
import { partyOrgRepo } from '../repo/party-orgs.ts';
import { insertOrg } from '../service/party-orgs.ts';
import { partyOrgSettings } from '../service/settings.ts';
import { publishOrg } from '../service/shared.ts';
import { columnOfHeader, headers, MAX_IMPORT_ROWS, type OrgKey } from './layout.ts';
import { crossCheckOrgs, normalName, rowOrg, type OrgRowValue, type RowEnv } from './rows.ts';

export const PARTY_ORG_IMPORT_KIND = 'partyOrgs';

/**
 * The organization list (the national party-member information system's export) into the registry:
 * every row checked, 上级党组织 resolved over the whole file (two passes: a row may name a superior
 * further down) or the registry; nothing imported while a row is bad unless skipBadRows; all good
 * rows in one transaction, tagged with the batch so the last import can be undone.
 */
export const partyOrgImport: ImportDefinition<OrgKey, RowEnv, OrgRowValue, { orgIds: number[] }> = {
  kind: PARTY_ORG_IMPORT_KIND,
  prefix: 'partyOrgs',
  permissions: ['partyOrgs.manage'],
  columns: { columnOf: columnOfHeader, required: 'name', maxRows: MAX_IMPORT_ROWS, headers },
  async prepare(ctx, actor) {
    const tree = await unitRepo.tree(ctx.db, actor);
    const manageable = new Set(
      await unitRepo.visibleIds(
        ctx.db,
        actor,
        'partyOrgs.manage',
        tree.map((u) => u.id),
      ),
    );
    const registry = new Map<string, number[]>();
    for (const o of await excelRepo.registryNames(ctx.db, actor)) {
      const k = normalName(o.name);
      registry.set(k, [...(registry.get(k) ?? []), o.id]);
    }
    return { units: new UnitNames(tree), manageable, registry, rules: (await partyOrgSettings(ctx.db)).termRules };
  },
  parse: (row, env) => rowOrg(row, env),
  crossCheck: (rows, env) => crossCheckOrgs(rows, env),
  async apply(ctx, tx, actor, rows, batch) {
    const { termRules } = await partyOrgSettings(tx);
    const byName = new Map<string, number>();
    const ids: number[] = [];
    const fileNames = new Set(rows.map((o) => normalName(o.name)));
    const registry = new Map<string, number>();
    for (const o of await excelRepo.registryNames(tx, actor)) if (!registry.has(normalName(o.name))) registry.set(normalName(o.name), o.id);
    // First pass: every row, its superior when that is already registered; second: superiors within the file.
    for (const r of rows) {
      const key = r.parentName ? normalName(r.parentName) : null;
      const registered = key !== null && !fileNames.has(key) ? registry.get(key) : undefined;
      const { parentName: _p, ...fields } = r;
      const id = await insertOrg(ctx, tx, actor, { ...fields, parentId: registered ?? null }, termRules, batch);
      byName.set(normalName(r.name), id);
      ids.push(id);
    }
    for (const [i, r] of rows.entries()) {
      const parentId = r.parentName ? byName.get(normalName(r.parentName)) : undefined;
      if (parentId !== undefined) await excelRepo.setParent(tx, ids[i], parentId);
    }
    return {
      result: { orgIds: ids },
      afterCommit: () => {
        for (const [i, id] of ids.entries()) publishOrg(ctx, 'partyOrg.created', id, [rows[i].hostUnitId]);
      },
    };
  },
  empty: { orgIds: [] },
  audit: { action: 'partyOrg.import', undoAction: 'partyOrg.import.undo' },
  async undo(ctx, tx, actor, batch) {
    const orgs = await excelRepo.batchOrgs(tx, batch.id);
    for (const o of orgs) if (!(await partyOrgRepo.get(tx, actor, o.id, 'partyOrgs.manage'))) throw notFound();
    const inUse = await excelRepo.batchInUse(tx, batch.id);
    if (inUse.children.length) throw new AppError('partyOrgs.import_has_children', 'conflict', { count: inUse.children.length, name: inUse.children[0].name });
    if (inUse.used) throw new AppError('partyOrgs.import_in_use', 'conflict', { count: inUse.used });
    await excelRepo.removeBatch(tx, batch.id);
    return {
      removed: orgs.length,
      afterCommit: () => {
        for (const o of orgs) publishOrg(ctx, 'partyOrg.deleted', o.id, [o.host_unit_id]);
      },
    };
  },
};
