import type { TreeUnit } from './api';

export interface UnitNode {
  key: number;
  value: number;
  title: string;
  unit: TreeUnit;
  disabled?: boolean;
  children?: UnitNode[];
}

/**
 * Nests the flat list the server sends. A unit whose parent the user may not see becomes a root:
 * a district liaison's tree starts at the district.
 */
export function buildTree(units: TreeUnit[], disabledIds: ReadonlySet<number> = new Set()): UnitNode[] {
  const nodes = new Map<number, UnitNode>();
  for (const u of units) nodes.set(u.id, { key: u.id, value: u.id, title: u.name, unit: u, disabled: disabledIds.has(u.id) || undefined });
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId === null ? undefined : nodes.get(u.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The unit and everything under it: a unit cannot be moved into its own subtree. */
export function subtreeIds(units: TreeUnit[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Set<number>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Ids of the units matching `q` and all their ancestors, to expand the tree down to the hits. */
export function matchPaths(units: TreeUnit[], q: string): { hits: Set<number>; expand: number[] } {
  const needle = q.trim().toLowerCase();
  const hits = new Set<number>();
  if (!needle) return { hits, expand: [] };
  const byId = new Map(units.map((u) => [u.id, u]));
  const expand = new Set<number>();
  for (const u of units) {
    if (!u.name.toLowerCase().includes(needle)) continue;
    hits.add(u.id);
    let p = u.parentId;
    while (p !== null && !expand.has(p)) {
      expand.add(p);
      p = byId.get(p)?.parentId ?? null;
    }
  }
  return { hits, expand: [...expand] };
}
