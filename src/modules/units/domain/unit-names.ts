/**
 * Unit names as people write them in a table or on the command line: a plain name when it is
 * unique, else a path of names ending in the unit ("东城区/东华街道", "X市 / 东城区 / 东华街道",
 * "东城区＞东华街道"). Full-width forms, case and whitespace do not matter ("东城区（开发区）" and
 * "东城区(开发区)" are one name). The export writes the shortest path that names one unit, so the
 * file reads back to the same units. Pure: the caller passes the units the reader may see.
 */
export interface NamedUnit {
  id: number;
  parentId: number | null;
  name: string;
}

export type ResolvedUnit = { id: number } | { error: 'unit_not_found' | 'unit_ambiguous'; count?: number; example?: string };

/** Separators between the names of a path: / \ > and their full-width forms. */
const SEPARATOR = /[/／\\＼>＞]/;

/** The form two spellings of one name share: NFKC folds full-width letters, digits and brackets. */
export const normalUnitName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export class UnitNames {
  private byId = new Map<number, NamedUnit>();
  private byName = new Map<string, NamedUnit[]>();
  private labels = new Map<number, string>();

  constructor(units: NamedUnit[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      const key = normalUnitName(u.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), u]);
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

  /** Units whose chain ends with this path (names already normalised). */
  private matches(path: string[]): NamedUnit[] {
    return (this.byName.get(path[path.length - 1]) ?? []).filter((u) => {
      const chain = this.chain(u.id).map(normalUnitName);
      return path.every((name, i) => chain[path.length - 1 - i] === name);
    });
  }

  resolve(text: string): ResolvedUnit {
    const path = text.split(SEPARATOR).map(normalUnitName).filter(Boolean);
    if (!path.length) return { error: 'unit_not_found' };
    const found = this.matches(path);
    if (found.length === 1) return { id: found[0].id };
    if (!found.length) return { error: 'unit_not_found' };
    return { error: 'unit_ambiguous', count: found.length, example: this.label(found[0].id) };
  }

  /** Every unit by its label, sorted as Chinese readers expect (templates' pick lists). */
  allLabels(): string[] {
    return [...this.byId.keys()].map((id) => this.label(id)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }

  /** The shortest path of names that picks this unit out. */
  label(id: number): string {
    let label = this.labels.get(id);
    if (label === undefined) {
      const chain = this.chain(id);
      label = chain.slice().reverse().join('/');
      for (let n = 1; n <= chain.length; n++) {
        const path = chain.slice(0, n).reverse();
        if (this.matches(path.map(normalUnitName)).length === 1) {
          label = path.join('/');
          break;
        }
      }
      this.labels.set(id, label);
    }
    return label;
  }
}
