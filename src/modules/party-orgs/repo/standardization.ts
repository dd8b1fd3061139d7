import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../../platform/http/schemas.ts';
import { base as orgs } from './party-orgs.ts';
import '../tables-weak-lax.ts';

export interface AssessmentFilter {
  year?: number;
  unitId?: number;
  category?: string[];
  /** Below the threshold (score < belowStandard). */
  below?: number;
  ids?: number[];
}

function assessments(db: DbOrTx, actor: Actor, f: AssessmentFilter) {
  let q = orgs(db, actor).innerJoin('standard_assessments as a', 'a.org_id', 'party_orgs.id');
  if (f.year !== undefined) q = q.where('a.year', '=', f.year);
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where('party_orgs.host_unit_id', 'in', (eb) =>
      eb.selectFrom('unit_closure').select('unit_closure.descendant_id').where('unit_closure.ancestor_id', '=', unitId),
    );
  }
  if (f.category?.length) q = q.where('party_orgs.category', 'in', f.category);
  if (f.below !== undefined) q = q.where('a.score', '<', f.below);
  if (f.ids?.length) q = q.where('a.id', 'in', f.ids);
  return q;
}

export const standardRepo = {
  templates(db: DbOrTx) {
    return db.selectFrom('standard_templates').selectAll().orderBy('id').execute();
  },

  template(db: DbOrTx, category: string) {
    return db.selectFrom('standard_templates').selectAll().where('category', '=', category).executeTakeFirst();
  },

  async upsertTemplate(db: DbOrTx, category: string, name: string, items: string, now: string, version?: number): Promise<boolean> {
    const existing = await standardRepo.template(db, category);
    if (!existing) {
      await db.insertInto('standard_templates').values({ category, name, items, updated_at: now }).execute();
      return true;
    }
    if (version !== undefined && version !== existing.version) return false;
    const r = await db
      .updateTable('standard_templates')
      .set({ name, items, updated_at: now, version: sql`version + 1` })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  assessment(db: DbOrTx, orgId: number, year: number) {
    return db.selectFrom('standard_assessments').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },

  async upsertAssessment(
    db: DbOrTx,
    row: {
      org_id: number;
      year: number;
      template_id: number;
      met: string;
      file_ids: string;
      met_count: number;
      item_count: number;
      score: number;
      assessed_by: number | null;
      assessed_at: string;
    },
    version?: number,
  ): Promise<{ id: number } | null> {
    const existing = await standardRepo.assessment(db, row.org_id, row.year);
    if (!existing) {
      const { id } = await db.insertInto('standard_assessments').values(row).returning('id').executeTakeFirstOrThrow();
      return { id };
    }
    if (version !== undefined && version !== existing.version) return null;
    const r = await db
      .updateTable('standard_assessments')
      .set({ ...row, version: sql`version + 1` })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? { id: existing.id } : null;
  },

  page(db: DbOrTx, actor: Actor, f: AssessmentFilter, paging: Paging) {
    return assessments(db, actor, f)
      .select([
        'a.id',
        'a.year',
        'a.met',
        'a.file_ids',
        'a.met_count',
        'a.item_count',
        'a.score',
        'a.assessed_at',
        'a.version',
        'party_orgs.id as org_id',
        'party_orgs.name as org_name',
        'party_orgs.kind as org_kind',
        'party_orgs.category as org_category',
        'party_orgs.host_unit_id',
      ])
      .orderBy('a.score')
      .orderBy('a.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
  },

  async count(db: DbOrTx, actor: Actor, f: AssessmentFilter): Promise<number> {
    const r = await assessments(db, actor, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async evidenceVisible(db: DbOrTx, actor: Actor, fileId: number): Promise<boolean> {
    const rows = await assessments(db, actor, {}).select('a.file_ids').where('a.file_ids', 'like', `%${fileId}%`).execute();
    return rows.some((r) => (JSON.parse(r.file_ids) as { fileId: number }[]).some((f) => f.fileId === fileId));
  },
};
