import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Database, DbOrTx } from '../../platform/db/types.ts';
import { inScope, type Actor } from '../../platform/access/index.ts';
import type { BriefingTable } from './tables.ts';

export type BriefingRow = Selectable<BriefingTable>;

// Briefings are scoped like ledger rows: by the unit they report on; a 'self' scope sees its own.
const visible = (eb: ExpressionBuilder<Database, 'briefings'>, actor: Actor) =>
  inScope(eb, actor, 'briefing.manage', { unit: 'briefings.unit_id', owner: 'briefings.created_by' });

export const briefingRepo = {
  async insert(db: DbOrTx, row: Omit<BriefingRow, 'id' | 'version'>): Promise<number> {
    return (await db.insertInto('briefings').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },
  /** A row just written, read back for the answer (a read by id goes through getScoped). */
  get(db: DbOrTx, id: number) {
    return db.selectFrom('briefings').selectAll().where('id', '=', id).executeTakeFirst();
  },
  /**
   * One briefing if it covers a unit within the actor's `briefing.manage` scope (a city-wide one,
   * no unit, only for a city-wide scope); undefined is a 404 to the caller.
   */
  getScoped(db: DbOrTx, actor: Actor, id: number) {
    return db
      .selectFrom('briefings')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => visible(eb, actor))
      .executeTakeFirst();
  },
  /** Writes when the version still matches; false is a stale write (409). */
  async update(db: DbOrTx, id: number, version: number, set: Partial<Omit<BriefingRow, 'id' | 'version'>>): Promise<boolean> {
    const r = await db
      .updateTable('briefings')
      .set({ ...set, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** The root units and their children named …组织部: where the default issuer is found. */
  /** When briefings issued between two instants (ISO, UTC) were issued: the service counts them by the zone's year. */
  async issuedBetween(db: DbOrTx, from: string, to: string): Promise<string[]> {
    const rows = await db
      .selectFrom('briefings')
      .select('issued_at')
      .where('status', '=', 'issued')
      .where('issued_at', '>=', from)
      .where('issued_at', '<', to)
      .execute();
    return rows.map((r) => r.issued_at!);
  },
  list(db: DbOrTx, actor: Actor, status?: string) {
    let q = db
      .selectFrom('briefings')
      .select(['id', 'title', 'unit_id', 'period_from', 'period_to', 'status', 'version', 'created_at', 'issued_at'])
      .where((eb) => visible(eb, actor))
      .orderBy('id', 'desc');
    if (status) q = q.where('status', '=', status);
    return q.execute();
  },
};
