/**
 * Unit names as people write them in a table: a plain name when it is unique, else a path of
 * names ending in the unit ("东城区/东华街道", "X市/东城区/东华街道"). The export writes the
 * shortest path that names one unit, so the file reads back to the same units.
 */
export interface NamedUnit {
  id: number;
  parentId: number | null;
  name: string;
}

export type Resolved = { id: number } | { error: 'unit_not_found' | 'unit_ambiguous'; count?: number; example?: string };

export class UnitNames {
  private byId = new Map<number, NamedUnit>();
  private byName = new Map<string, NamedUnit[]>();
  private labels = new Map<number, string>();

  constructor(units: NamedUnit[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      const list = this.byName.get(u.name) ?? [];
      list.push(u);
      this.byName.set(u.name, list);
    }
  }

  name(id: number): string | null {
    return this.byId.get(id)?.name ?? null;
  }

  /** Names from the unit up to the root: [东华街道, 东城区, X市]. */
  private chain(id: number): string[] {
    const out: string[] = [];
    for (let u = this.byId.get(id); u; u = u.parentId === null ? undefined : this.byId.get(u.parentId)) out.push(u.name);
    return out;
  }

  private matches(path: string[]): NamedUnit[] {
    const last = path[path.length - 1];
    return (this.byName.get(last) ?? []).filter((u) => {
      const chain = this.chain(u.id);
      return path.every((name, i) => chain[path.length - 1 - i] === name);
    });
  }

  resolve(text: string): Resolved {
    const path = text.split(/[/／\\>＞]/).map((p) => p.trim()).filter(Boolean);
    if (!path.length) return { error: 'unit_not_found' };
    const found = this.matches(path);
    if (found.length === 1) return { id: found[0].id };
    if (!found.length) return { error: 'unit_not_found' };
    return { error: 'unit_ambiguous', count: found.length, example: this.label(found[0].id) };
  }

  /** The shortest path of names that picks this unit out. */
  label(id: number): string {
    let label = this.labels.get(id);
    if (label === undefined) {
      const chain = this.chain(id);
      label = chain.slice().reverse().join('/');
      for (let n = 1; n <= chain.length; n++) {
        const path = chain.slice(0, n).reverse();
        if (this.matches(path).length === 1) {
          label = path.join('/');
          break;
        }
      }
      this.labels.set(id, label);
    }
    return label;
  }
}
