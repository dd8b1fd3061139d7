import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/types.ts';
import { likeOperator } from '../../platform/db/dialects/index.ts';
import { inScope, type Actor } from '../../platform/access/index.ts';
import { offsetOf, type Paging } from '../../platform/http/schemas.ts';

export interface UnitRow {
  id: number;
  parentId: number | null;
  name: string;
  kind: string;
  level: number;
  sortOrder: number;
  version: number;
}

const columns = [
  'units.id',
  'units.parent_id as parentId',
  'units.name',
  'units.kind',
  'units.level',
  'units.sort_order as sortOrder',
  'units.version',
] as const;

export interface UnitFilter {
  parentId?: number;
  /** Only this unit and everything below it. */
  under?: number;
  q?: string;
  kind?: string;
  /** Units below the top where no active user holds this role (e.g. liaison: a unit nobody reports for). */
  withoutRole?: string;
}

function filtered(db: DbOrTx, actor: Actor, permission: string, f: UnitFilter) {
  let q = db.selectFrom('units').where((eb) => inScope(eb, actor, permission, { unit: 'units.id' }));
  if (f.parentId !== undefined) q = q.where('units.parent_id', '=', f.parentId);
  if (f.under !== undefined) {
    const under = f.under;
    q = q.where('units.id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', under));
  }
  if (f.kind) q = q.where('units.kind', '=', f.kind);
  if (f.q) q = q.where('units.name', likeOperator(db), `%${f.q}%`);
  if (f.withoutRole) {
    const role = f.withoutRole;
    q = q
      .where('units.parent_id', 'is not', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('role_grants')
              .innerJoin('roles', 'roles.id', 'role_grants.role_id')
              .innerJoin('users', 'users.id', 'role_grants.user_id')
              .select('role_grants.user_id')
              .whereRef('role_grants.unit_id', '=', 'units.id')
              .where('roles.code', '=', role)
              .where('users.status', '=', 'active'),
          ),
        ),
      );
  }
  return q;
}

export const unitRepo = {
  /** How many units the filter selects, in the actor's scope. */
  async countFiltered(db: DbOrTx, actor: Actor, f: UnitFilter): Promise<number> {
    const r = await filtered(db, actor, 'unit.read', f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async list(db: DbOrTx, actor: Actor, f: UnitFilter, paging: Paging) {
    const base = filtered(db, actor, 'unit.read', f);
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const items = await base
      .leftJoin('units as parent', 'parent.id', 'units.parent_id')
      .select([...columns, 'parent.name as parentName'])
      .orderBy('units.level')
      .orderBy('units.sort_order')
      .orderBy('units.id')
      .limit(paging.pageSize)
      .offset(offsetOf(paging))
      .execute();
    return { total: Number(total), items };
  },

  /** Every unit the actor may see, flat, in tree order; the client builds the tree. */
  tree(db: DbOrTx, actor: Actor): Promise<UnitRow[]> {
    return filtered(db, actor, 'unit.read', {}).select(columns).orderBy('units.level').orderBy('units.sort_order').orderBy('units.id').execute();
  },

  /** The tops of the tree (one city in an install, as a rule), oldest first. */
  async rootIds(db: DbOrTx): Promise<number[]> {
    return (await db.selectFrom('units').select('id').where('parent_id', 'is', null).orderBy('id').execute()).map((r) => r.id);
  },

  get(db: DbOrTx, id: number): Promise<UnitRow | undefined> {
    return db.selectFrom('units').select(columns).where('units.id', '=', id).executeTakeFirst();
  },

  /** The unit if the actor may see it under `permission`, else undefined (a 404 to the caller). */
  getScoped(db: DbOrTx, actor: Actor, permission: string, id: number): Promise<UnitRow | undefined> {
    return filtered(db, actor, permission, {}).select(columns).where('units.id', '=', id).executeTakeFirst();
  },

  /** Which of these units the actor may see under `permission`: one set-based query. */
  async visibleIds(db: DbOrTx, actor: Actor, permission: string, ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await filtered(db, actor, permission, {}).select('units.id').where('units.id', 'in', ids).execute();
    return rows.map((r) => r.id);
  },

  ancestors(db: DbOrTx, id: number) {
    return db
      .selectFrom('unit_closure')
      .innerJoin('units', 'units.id', 'unit_closure.ancestor_id')
      .select(['units.id', 'units.name', 'units.kind'])
      .where('unit_closure.descendant_id', '=', id)
      .where('unit_closure.depth', '>', 0)
      .orderBy('unit_closure.depth', 'desc')
      .execute();
  },

  findByName(db: DbOrTx, name: string) {
    return db.selectFrom('units').select(columns).where('units.name', '=', name).execute();
  },

  siblingNamed(db: DbOrTx, parentId: number | null, name: string) {
    let q = db.selectFrom('units').select('id').where('name', '=', name);
    q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
    return q.executeTakeFirst();
  },

  isWithin(db: DbOrTx, id: number, ancestorId: number) {
    return db
      .selectFrom('unit_closure')
      .select('depth')
      .where('ancestor_id', '=', ancestorId)
      .where('descendant_id', '=', id)
      .executeTakeFirst()
      .then((r) => r !== undefined);
  },

  async insert(db: DbOrTx, u: { parentId: number | null; name: string; kind: string; level: number; sortOrder?: number }, now: string) {
    const { id } = await db
      .insertInto('units')
      .values({ parent_id: u.parentId, name: u.name, kind: u.kind, level: u.level, sort_order: u.sortOrder ?? 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('unit_closure').values({ ancestor_id: id, descendant_id: id, depth: 0 }).execute();
    if (u.parentId !== null) {
      const parentId = u.parentId;
      await db
        .insertInto('unit_closure')
        .columns(['ancestor_id', 'descendant_id', 'depth'])
        .expression((eb) =>
          eb
            .selectFrom('unit_closure')
            .select(['ancestor_id', eb.val(id).as('descendant_id'), sql<number>`depth + 1`.as('depth')])
            .where('descendant_id', '=', parentId),
        )
        .execute();
    }
    return id;
  },

  /** Updates name/kind/sort order when `version` still matches; false means a stale write. */
  async update(db: DbOrTx, id: number, version: number, set: { name?: string; kind?: string; sortOrder?: number }, now: string) {
    const r = await db
      .updateTable('units')
      .set({ name: set.name, kind: set.kind, sort_order: set.sortOrder, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Re-hangs a subtree: rewrites the closure rows that cross the subtree's boundary and shifts levels. */
  async move(db: DbOrTx, id: number, version: number, newParentId: number, levelDelta: number, now: string) {
    const r = await db
      .updateTable('units')
      .set({ parent_id: newParentId, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    const subtree = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', id);
    const outside = db.selectFrom('unit_closure').select('ancestor_id').where('descendant_id', '=', id).where('depth', '>', 0);
    await db.deleteFrom('unit_closure').where('descendant_id', 'in', subtree).where('ancestor_id', 'in', outside).execute();
    await db
      .insertInto('unit_closure')
      .columns(['ancestor_id', 'descendant_id', 'depth'])
      .expression((eb) =>
        eb
          .selectFrom('unit_closure as up')
          .innerJoin('unit_closure as down', (j) => j.onTrue())
          .select(['up.ancestor_id', 'down.descendant_id', sql<number>`up.depth + down.depth + 1`.as('depth')])
          .where('up.descendant_id', '=', newParentId)
          .where('down.ancestor_id', '=', id),
      )
      .execute();
    if (levelDelta !== 0) {
      await db
        .updateTable('units')
        .set({ level: sql`level + ${levelDelta}` })
        .where('id', 'in', subtree)
        .execute();
    }
    return true;
  },

  async usage(db: DbOrTx, id: number) {
    const children = await db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    const users = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirstOrThrow();
    return { children: Number(children.n), users: Number(users.n) };
  },

  async remove(db: DbOrTx, id: number) {
    await db.deleteFrom('unit_closure').where('descendant_id', '=', id).execute();
    await db.deleteFrom('units').where('id', '=', id).execute();
  },

  count(db: DbOrTx) {
    return db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  },
};
