import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import type { Actor as LedgerActor } from '../domain/index.ts';
import { ancestorsOf } from '../repo/rollups.ts';

const ALL = '*';

/**
 * The ledger's view of the actor: its grants, and the unit relation precomputed for the units
 * of the tasks at hand (one closure query for a whole page). A scope-'all' grant covers every unit.
 */
export async function ledgerActor(db: DbOrTx, actor: Actor, unitIds: number[]): Promise<LedgerActor> {
  const unique = [...new Set(unitIds)];
  const ancestry = new Map<string, string[]>(unique.map((u) => [String(u), []]));
  for (const [unit, ancestors] of await ancestorsOf(db, unique)) ancestry.set(String(unit), ancestors.map(String));
  return {
    userId: String(actor.userId),
    grants: actor.grants.map((g) => ({
      role: g.roleCode,
      unitId: g.scope === 'all' || g.permissions.includes('*') ? ALL : String(g.unitId),
      scope: g.scope === 'unit' || g.scope === 'self' ? 'unit' : 'unitAndBelow',
    })),
    isWithin: (unitId, ancestorId) => ancestorId === ALL || unitId === ancestorId || (ancestry.get(unitId)?.includes(ancestorId) ?? false),
  };
}
