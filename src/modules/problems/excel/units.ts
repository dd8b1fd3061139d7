/**
 * Unit names as a table gives them: a plain name when unique, else a path ending in the unit
 * ("东城区/东华街道"). Only units the importer may see are candidates.
 */
export interface NamedUnit {
  id: number;
  parentId: number | null;
  name: string;
}

export type Resolved = { id: number } | { error: 'unit_not_found' | 'unit_ambiguous'; count?: number; example?: string };

export class UnitIndex {
  private byId = new Map<number, NamedUnit>();
  private byName = new Map<string, NamedUnit[]>();

  constructor(units: NamedUnit[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      this.byName.set(u.name, [...(this.byName.get(u.name) ?? []), u]);
    }
  }

  /** Names from the unit up to the root. */
  private chain(id: number): string[] {
    const out: string[] = [];
    for (let u = this.byId.get(id); u; u = u.parentId === null ? undefined : this.byId.get(u.parentId)) out.push(u.name);
    return out;
  }

  resolve(text: string): Resolved {
    const path = text.split(/[/／\\>＞]/).map((p) => p.trim()).filter(Boolean);
    if (!path.length) return { error: 'unit_not_found' };
    const found = (this.byName.get(path[path.length - 1]) ?? []).filter((u) => {
      const chain = this.chain(u.id);
      return path.every((name, i) => chain[path.length - 1 - i] === name);
    });
    if (found.length === 1) return { id: found[0].id };
    if (!found.length) return { error: 'unit_not_found' };
    return { error: 'unit_ambiguous', count: found.length, example: this.chain(found[0].id).slice(0, 2).reverse().join('/') };
  }

  /** The shortest path of names that this index reads back as the unit (the template's drop-down offers it). */
  label(id: number): string {
    const chain = this.chain(id);
    for (let n = 1; n <= chain.length; n++) {
      const path = chain.slice(0, n).reverse().join('/');
      const found = this.resolve(path);
      if ('id' in found && found.id === id) return path;
    }
    return chain.slice().reverse().join('/');
  }

  /** Every unit by its label, sorted as Chinese readers expect. */
  labels(): string[] {
    return [...this.byId.keys()].map((id) => this.label(id)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }
}
