import type { Actor } from './actor.ts';

/** What an actor may see for one permission, resolved from all grants that carry it. */
export interface ResolvedScope {
  all: boolean;
  /** Units whose whole subtree is visible. */
  subtrees: number[];
  /** Units visible on their own. */
  units: number[];
  self: boolean;
}

export function resolveScope(actor: Actor, permission: string): ResolvedScope {
  const out: ResolvedScope = { all: false, subtrees: [], units: [], self: false };
  for (const g of actor.grants) {
    if (!g.permissions.includes(permission) && !g.permissions.includes('*')) continue;
    if (g.scope === 'all') out.all = true;
    else if (g.scope === 'unitAndBelow') out.subtrees.push(g.unitId);
    else if (g.scope === 'unit') out.units.push(g.unitId);
    else out.self = true;
  }
  return out;
}
