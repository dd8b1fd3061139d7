// The audit log in the product's words (issue #9): an action's, a record kind's and a field's label,
// and each value rendered, with ids replaced by the names and titles the repo looked up for the
// page. Pure: the labels come from the shared catalog, the names from `Names`.
import { labels, type Locale } from '../../platform/i18n/index.ts';

/** Words for values that are no status or kind: yes/no, why a sign-in failed, a briefing's state. */
export const AUDIT_VALUES = ['yes', 'no', 'locked', 'badPassword', 'disabled', 'issued', 'active'] as const;

export type RefKind = 'unit' | 'user' | 'task' | 'source' | 'problem' | 'briefing';

/** The titles of records a page refers to, by kind and id (see auditLogRepo.names). */
export type Names = Map<string, string>;
export const nameKey = (kind: RefKind | 'userUnit', id: number | string) => `${kind}:${id}`;

/** Fields whose values are ids of records, and the kind of record they name. */
const refFields: Record<string, RefKind> = {
  leadUnitId: 'unit',
  supportingUnitIds: 'unit',
  unitId: 'unit',
  ownerId: 'user',
  liaisonId: 'user',
  sourceId: 'source',
  taskId: 'task',
};

export interface RowIn {
  action: string;
  entity: string;
  entityId: string | null;
  actorId: number | null;
  before: string | null;
  after: string | null;
}

export interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

type Fields = Record<string, unknown>;

export function parseFields(text: string | null): Fields | null {
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : { value: v };
  } catch {
    return { value: text };
  }
}

const ids = (v: unknown): number[] => (Array.isArray(v) ? v : [v]).filter((x): x is number => Number.isInteger(x));

/** Every record a row names (its own, its actor, ids in its fields), for one lookup per page. */
export function refsOf(rows: RowIn[]): Record<RefKind, Set<number>> {
  const refs: Record<RefKind, Set<number>> = { unit: new Set(), user: new Set(), task: new Set(), source: new Set(), problem: new Set(), briefing: new Set() };
  for (const r of rows) {
    if (r.actorId !== null) refs.user.add(r.actorId);
    const own = ownKind(r);
    if (own && r.entityId !== null && /^\d+$/.test(r.entityId)) refs[own].add(Number(r.entityId));
    for (const f of [parseFields(r.before), parseFields(r.after)]) {
      for (const [field, v] of Object.entries(f ?? {})) {
        const kind =
          refFields[field] ?? (field === 'parentId' && r.entity === 'unit' ? 'unit' : field === 'parentId' && r.entity === 'task' ? 'task' : undefined);
        if (kind) for (const id of ids(v)) refs[kind].add(id);
        if (field === 'grants' && Array.isArray(v)) for (const g of v) if (typeof g === 'string' && /@\d+$/.test(g)) refs.unit.add(Number(g.split('@')[1]));
      }
    }
  }
  return refs;
}

function ownKind(r: Pick<RowIn, 'entity'>): RefKind | undefined {
  return (['unit', 'user', 'task', 'source', 'problem', 'briefing'] as const).find((k) => k === r.entity);
}

export class AuditWords {
  private readonly l;
  constructor(
    private readonly locale: Locale,
    private readonly names: Names,
  ) {
    this.l = labels[locale];
  }

  action = (code: string) => (this.l.auditAction as Record<string, string>)[code] ?? code;
  entity = (code: string) => (this.l.auditEntity as Record<string, string>)[code] ?? code;
  field = (name: string) => (this.l.auditField as Record<string, string>)[name] ?? name;
  private valueWord = (v: string) => (this.l.auditValue as Record<string, string>)[v];

  /** The record's title: looked up, else what the row itself says of it (a deleted task's title, a file's name). */
  title(r: RowIn): string | null {
    const own = ownKind(r);
    const looked = own && r.entityId !== null ? this.names.get(nameKey(own, r.entityId)) : undefined;
    if (looked) return looked;
    for (const f of [parseFields(r.after), parseFields(r.before)]) {
      const t = f?.title ?? f?.name ?? f?.finding ?? f?.displayName;
      if (typeof t === 'string' && t) return t;
    }
    return r.entity === 'calendar' ? r.entityId : null;
  }

  changes(r: RowIn): Change[] {
    const before = parseFields(r.before) ?? {};
    const after = parseFields(r.after) ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields.map((field) => ({
      field,
      label: this.field(field),
      before: field in before ? this.value(r.entity, field, before[field]) : null,
      after: field in after ? this.value(r.entity, field, after[field]) : null,
      changed: !(field in before) || !(field in after) || JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    }));
  }

  /** One value in words: a status's label, a unit's name for its id, 是/否, lists joined, nested fields labelled. */
  value(entity: string, field: string, v: unknown): string | null {
    if (v === null || v === undefined || v === '') return null;
    const sep = this.locale === 'zh-CN' ? '、' : ', ';
    if (typeof v === 'boolean') return this.valueWord(v ? 'yes' : 'no') ?? String(v);
    const ref = refFields[field] ?? (field === 'parentId' && (entity === 'unit' || entity === 'task') ? (entity as RefKind) : undefined);
    if (ref && (Number.isInteger(v) || Array.isArray(v))) {
      const list = ids(v).map((id) => this.names.get(nameKey(ref, id)) ?? `#${id}`);
      return list.length ? list.join(sep) : null;
    }
    if (field === 'grants' && Array.isArray(v)) {
      return v
        .map((g) => (typeof g === 'string' ? g.replace(/@(\d+)$/, (_, id: string) => `@${this.names.get(nameKey('unit', id)) ?? id}`) : String(g)))
        .join(sep);
    }
    if (typeof v === 'string') return this.word(entity, field, v) ?? this.nested(entity, v) ?? v;
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.map((x) => this.value(entity, field, x) ?? '').join(this.locale === 'zh-CN' ? '；' : '; ');
    return this.object(entity, v as Fields);
  }

  private word(entity: string, field: string, v: string): string | undefined {
    const pick = (group: Record<string, string>) => group[v];
    if (field === 'status' || field === 'state') {
      if (entity === 'task') return pick(this.l.taskStatus);
      if (entity === 'problem') return pick(this.l.problemStatus);
      return this.valueWord(v) ?? pick(this.l.taskStatus);
    }
    if (field === 'kind' && entity === 'source') return pick(this.l.taskSourceKind);
    if (field === 'sourceKind') return pick(this.l.problemSourceKind);
    if (field === 'reason') return this.valueWord(v);
    // A status inside a task's nested record (a sign-off request's `from`) reads as one too.
    if (entity === 'task') return pick(this.l.taskStatus);
    return undefined;
  }

  /** A column holding JSON text (a task's latest report, its sign-off request) shows its fields. */
  private nested(entity: string, v: string): string | undefined {
    if (!v.startsWith('{')) return undefined;
    const f = parseFields(v);
    return f && !('value' in f && Object.keys(f).length === 1) ? this.object(entity, f) : undefined;
  }

  private object(entity: string, f: Fields): string {
    const colon = this.locale === 'zh-CN' ? '：' : ': ';
    return Object.entries(f)
      .map(([k, x]) => [k, this.value(entity, k, x)] as const)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => `${this.field(k)}${colon}${x}`)
      .join(this.locale === 'zh-CN' ? '；' : '; ');
  }
}
