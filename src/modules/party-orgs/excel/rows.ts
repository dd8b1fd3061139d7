import { excelDate, type Cell, type RowError, type SheetRow } from '../../../platform/excel/import-kit/index.ts';
import { addMonths, diffDays } from '../../../platform/calendar/index.ts';
import type { UnitNames } from '../../units/index.ts';
import {
  BACKGROUND_WORDS,
  CATEGORY_WORDS,
  KIND_WORDS,
  defaultTermYears,
  type OrgCategory,
  type OrgKind,
  type SecretaryBackground,
  type TermRules,
} from '../domain/index.ts';
import type { OrgFields } from '../service/party-orgs.ts';
import { columns, type OrgKey } from './layout.ts';

/** A row of the organization list: the organization, its superior by name (resolved over the whole file). */
export interface OrgRowValue extends Omit<OrgFields, 'parentId'> {
  parentName: string | null;
}

export interface RowEnv {
  units: UnitNames;
  /** Units the importer may register organizations in (partyOrgs.manage scope). */
  manageable: Set<number>;
  /** Organizations already registered that the importer sees, by name. */
  registry: Map<string, number[]>;
  rules: TermRules;
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim();
export const normalName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const wordKey = (s: string) => normalName(s).toLowerCase();

function realDate(y: string, m: string, d: string): string | undefined {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso && iso >= '1921-07-01' && iso <= '2100-12-31' ? iso : undefined;
}

/** An Excel date or serial, 2021-06-30, 2021/6/30, 2021.6.30, 2021年6月30日; null blank, undefined unreadable. */
function dateOf(c: Cell | undefined): string | null | undefined {
  if (c instanceof Date || typeof c === 'number') return excelDate(c) ?? undefined;
  const s = text(c);
  if (!s) return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? realDate(m[1], m[2], m[3]) : undefined;
}

const wordIndex = <T extends string>(words: Record<T, string>, extra: Record<string, T>) => {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(words) as [T, string][]) {
    m.set(wordKey(v), k);
    m.set(wordKey(k), k);
  }
  for (const [k, v] of Object.entries(extra)) m.set(wordKey(k), v);
  return m;
};

const categories = wordIndex<OrgCategory>(CATEGORY_WORDS, {
  村: 'rural',
  行政村: 'rural',
  社区: 'community',
  街道社区: 'community',
  国企: 'soe',
  国有企业: 'soe',
  高等学校: 'university',
  医院: 'hospital',
  非公有制经济组织: 'nonPublic',
  非公企业: 'nonPublic',
  非公有制企业: 'nonPublic',
  两新组织: 'nonPublic',
  社会组织: 'socialOrg',
  事业单位: 'other',
});
const kinds = wordIndex<OrgKind>(KIND_WORDS, {
  基层党委: 'committee',
  党的基层委员会: 'committee',
  总支部: 'generalBranch',
  党总支部: 'generalBranch',
  支部: 'branch',
  联合党支部: 'branch',
  党组织: 'branch',
  党委党组: 'leadingGroup',
  党的工作委员会: 'workingCommittee',
});
const backgrounds = wordIndex<SecretaryBackground>(BACKGROUND_WORDS, {
  致富带头人: 'richFarmer',
  返乡创业人员: 'returnee',
  退伍军人: 'veteran',
  高校毕业生: 'graduate',
});

/** The kind a name ends with (…党委, …党总支, …支部), for lists without 组织类型. */
export function kindOfName(name: string): OrgKind | undefined {
  if (/(党工委|工作委员会)$/.test(name)) return 'workingCommittee';
  if (/党组$/.test(name)) return 'leadingGroup';
  if (/(总支部委员会|党总支)$/.test(name)) return 'generalBranch';
  if (/(支部委员会|支部)$/.test(name)) return 'branch';
  if (/(委员会|党委)$/.test(name)) return 'committee';
  return undefined;
}

/** Pure: one row of the organization list to an organization, or every reason it cannot be one. */
export function rowOrg(r: SheetRow<OrgKey>, env: RowEnv): { value: OrgRowValue | null; errors: RowError<OrgKey>[] } {
  const errors: RowError<OrgKey>[] = [];
  const fail = (column: OrgKey, code: string, params?: Record<string, unknown>) =>
    errors.push({ row: r.row, column, code: `partyOrgs.import.${code}`, params });
  const get = (k: OrgKey) => text(r.cells[k]);

  const name = get('name');
  if (!name) fail('name', 'required');
  else if (name.length > 200) fail('name', 'too_long', { max: 200 });

  const category = get('category') ? categories.get(wordKey(get('category'))) : undefined;
  if (!get('category')) fail('category', 'required');
  else if (!category) fail('category', 'bad_category', { value: get('category'), allowed: Object.values(CATEGORY_WORDS).join('、') });

  const kind = get('kind') ? kinds.get(wordKey(get('kind'))) : kindOfName(name);
  if (!kind) fail('kind', get('kind') ? 'bad_kind' : 'required', { value: get('kind'), allowed: Object.values(KIND_WORDS).join('、') });

  let hostUnitId: number | null = null;
  if (!get('unit')) fail('unit', 'required');
  else {
    const found = env.units.resolve(get('unit'));
    if ('id' in found && env.manageable.has(found.id)) hostUnitId = found.id;
    else if ('id' in found || found.error === 'unit_not_found') fail('unit', 'unit_not_found', { name: get('unit') });
    else fail('unit', 'unit_ambiguous', { name: get('unit'), count: found.count, example: found.example });
  }

  const dates: Partial<Record<'foundedOn' | 'termStart' | 'termEnd', string | null>> = {};
  for (const k of ['foundedOn', 'termStart', 'termEnd'] as const) {
    const d = dateOf(r.cells[k]);
    if (d === undefined) fail(k, 'bad_date', { value: get(k) });
    else dates[k] = d;
  }

  const background = get('background') ? backgrounds.get(wordKey(get('background'))) : null;
  if (background === undefined) fail('background', 'bad_background', { value: get('background'), allowed: Object.values(BACKGROUND_WORDS).join('、') });

  let memberCount = 0;
  if (get('memberCount')) {
    const n = Number(get('memberCount'));
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) fail('memberCount', 'bad_count', { value: get('memberCount') });
    else memberCount = n;
  }
  const secretary = get('secretary');
  if (secretary.length > 64) fail('secretary', 'too_long', { max: 64 });
  const parent = get('parent');
  if (parent.length > 200) fail('parent', 'too_long', { max: 200 });
  if (parent && normalName(parent) === normalName(name)) fail('parent', 'parent_self');

  // 换届日期 and 届满日期: the term's length follows from both; from one, the default length fills in the other.
  let termStart = dates.termStart ?? null;
  let termYears: number | null = null;
  const fallback = kind && category ? defaultTermYears(kind, category, env.rules) : null;
  if (termStart && dates.termEnd) {
    if (dates.termEnd <= termStart) fail('termEnd', 'term_end_before_start');
    else {
      const years = Math.round(diffDays(dates.termEnd, termStart) / 365.25);
      if (years < 1 || years > 10) fail('termEnd', 'bad_term_length', { years });
      else if (years !== fallback) termYears = years;
    }
  } else if (!termStart && dates.termEnd) {
    if (!fallback) fail('termStart', 'required');
    else termStart = addMonths(dates.termEnd, -fallback * 12);
  }

  const order = (k: OrgKey) => columns.findIndex((c) => c.key === k);
  if (errors.length) return { value: null, errors: errors.sort((a, b) => order(a.column) - order(b.column)) };
  return {
    value: {
      name,
      kind: kind!,
      category: category!,
      parentName: parent || null,
      hostUnitId: hostUnitId!,
      foundedOn: dates.foundedOn ?? null,
      secretaryName: secretary || null,
      secretaryBackground: background,
      memberCount,
      termStart,
      termYears,
    },
    errors,
  };
}

/**
 * Pure, over the whole file: each 上级党组织 names one organization of the file (rows may name
 * parents defined further down) or, failing that, one already registered; no chain of the file
 * loops back on itself; a row whose superior row is bad is bad too.
 */
export function crossCheckOrgs(rows: { row: number; value: OrgRowValue }[], env: RowEnv): RowError<OrgKey>[] {
  const errors = new Map<number, RowError<OrgKey>>();
  const byName = new Map<string, number[]>();
  for (const r of rows) {
    const k = normalName(r.value.name);
    byName.set(k, [...(byName.get(k) ?? []), r.row]);
  }
  const fail = (row: number, code: string, params?: Record<string, unknown>) =>
    errors.has(row) || errors.set(row, { row, column: 'parent', code: `partyOrgs.import.${code}`, params });
  const parentRow = new Map<number, number>();
  for (const r of rows) {
    if (!r.value.parentName) continue;
    const k = normalName(r.value.parentName);
    const inFile = byName.get(k) ?? [];
    if (inFile.length === 1) parentRow.set(r.row, inFile[0]);
    else if (inFile.length > 1) fail(r.row, 'parent_ambiguous', { name: r.value.parentName, count: inFile.length });
    else {
      const known = env.registry.get(k) ?? [];
      if (known.length > 1) fail(r.row, 'parent_ambiguous', { name: r.value.parentName, count: known.length });
      else if (!known.length) fail(r.row, 'parent_not_found', { name: r.value.parentName });
    }
  }
  for (const r of rows) {
    const seen = new Set([r.row]);
    for (let at = parentRow.get(r.row); at !== undefined; at = parentRow.get(at)) {
      if (seen.has(at)) {
        fail(r.row, 'parent_cycle');
        break;
      }
      seen.add(at);
    }
  }
  // A bad superior row takes its descendants in the file with it.
  for (let changed = true; changed;) {
    changed = false;
    for (const [child, parent] of parentRow)
      if (errors.has(parent) && !errors.has(child)) {
        fail(child, 'parent_row_bad', { row: parent });
        changed = true;
      }
  }
  return [...errors.values()];
}
