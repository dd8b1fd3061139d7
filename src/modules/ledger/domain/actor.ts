import type { LedgerTask } from './states.ts';

/**
 * Who acts, as the auth plugin builds it. Roles other than these three may appear in grants
 * (sysAdmin, auditor …); the ledger ignores them.
 * - supervisor: org-department staff; dispatch, review, signOff, extensions, lookBack, reminders.
 * - liaison: reports for a unit.
 * - leader: reads and comments; never moves a task.
 */
export type LedgerRole = 'supervisor' | 'liaison' | 'leader';

export interface Grant {
  role: LedgerRole | (string & {});
  unitId: string;
  /** 'unitAndBelow' lets the grant act for every unit under `unitId`. Default 'unit'. */
  scope?: 'unit' | 'unitAndBelow';
}

/** True when `unitId` is `ancestorId` or lies below it in the unit tree. */
export type IsWithin = (unitId: string, ancestorId: string) => boolean;

export interface Actor {
  userId: string;
  grants: readonly Grant[];
  /**
   * The unit relation, answered without a database (the service precomputes it, e.g. with
   * isWithinFromAncestry). Absent, only exact unit matches count, so unitAndBelow grants act for
   * their own unit alone: the safe direction to fail.
   */
  isWithin?: IsWithin;
}

/**
 * Builds the relation from precomputed ancestor lists (unit id → ids of all its ancestors),
 * which the units module keeps as a closure table.
 */
export function isWithinFromAncestry(ancestry: ReadonlyMap<string, readonly string[]> | Record<string, readonly string[]>): IsWithin {
  const get = ancestry instanceof Map ? (id: string) => ancestry.get(id) : (id: string) => (ancestry as Record<string, readonly string[]>)[id];
  return (unitId, ancestorId) => unitId === ancestorId || (get(unitId)?.includes(ancestorId) ?? false);
}

/**
 * The capacities in which an actor may act on one task. Supervisors act on tasks whose lead unit
 * their grant covers (a city org-department supervisor holds supervisor on the city with
 * unitAndBelow); supporting units play no part in a supervisor's reach.
 */
export type Party = 'supervisor' | 'leadLiaison' | 'supportingLiaison';

export function covers(grant: Grant, unitId: string, isWithin: IsWithin | undefined): boolean {
  if (grant.unitId === unitId) return true;
  return grant.scope === 'unitAndBelow' && isWithin !== undefined && isWithin(unitId, grant.unitId);
}

export function partiesOf(actor: Actor, task: Pick<LedgerTask, 'leadUnitId' | 'supportingUnitIds'>): Set<Party> {
  const parties = new Set<Party>();
  const lead = task.leadUnitId;
  for (const grant of actor.grants) {
    if (grant.role === 'supervisor' && lead !== null && covers(grant, lead, actor.isWithin)) parties.add('supervisor');
    if (grant.role !== 'liaison') continue;
    if (lead !== null && covers(grant, lead, actor.isWithin)) parties.add('leadLiaison');
    if (task.supportingUnitIds.some((u) => covers(grant, u, actor.isWithin))) parties.add('supportingLiaison');
  }
  return parties;
}
