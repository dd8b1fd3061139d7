import { excelDate, type RowError as KitRowError } from '../../../platform/excel/import-kit/index.ts';
import { findDeadline } from '../../parser/index.ts';
import { severityOf, sourceKindOf, splitMeasureLines } from '../domain/index.ts';
import type { ProblemInput } from '../service/problems.ts';
import { importColumns, type ImportKey } from './layout.ts';
import type { Cell, SheetRow } from './read.ts';
import type { UnitNames } from '../../units/index.ts';

/** A bad cell: the row as Excel numbers it, the column, a message code and its params. */
export type RowError = KitRowError<ImportKey>;

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim();
const pad = (n: string) => n.padStart(2, '0');
const inRange = (iso: string) => (iso >= '1990-01-01' && iso <= '2100-12-31' ? iso : undefined);

function realDate(y: string, m: string, d: string): string | undefined {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? inRange(iso) : undefined;
}

/**
 * A date as people fill it in: an Excel date or serial number, 2026-06-30, 2026/6/30,
 * 2026.6.30, 2026年6月30日; for deadlines also a phrase (年底前, 6月底前) resolved against today.
 * null is blank; undefined is unreadable.
 */
export function dateOf(c: Cell | undefined, today: string, phrases = false): string | null | undefined {
  if (c instanceof Date || typeof c === 'number') return excelDate(c) ?? undefined;
  const s = text(c);
  if (!s) return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (m) return realDate(m[1], m[2], m[3]);
  if (!phrases) return undefined;
  const found = findDeadline(s, today);
  return found?.until ?? found?.date ?? undefined;
}

const limits: Partial<Record<ImportKey, number>> = { source: 300, finding: 4000, category: 64 };

/**
 * One row of a problem list to a problem with its measures (one per line of 整改措施, led by the
 * responsible unit, due at the problem's deadline), or every reason it cannot be one.
 */
export function rowProblem(r: SheetRow, units: UnitNames, categories: string[], today: string): { input: ProblemInput | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: ImportKey, code: string, params?: Record<string, unknown>) =>
    errors.push({ row: r.row, column, code: `problems.import.${code}`, params });
  const get = (k: ImportKey) => text(r.cells[k]);
  for (const [k, max] of Object.entries(limits) as [ImportKey, number][]) if (get(k).length > max) fail(k, 'too_long', { max });
  for (const k of ['source', 'finding', 'unit', 'deadline'] as const) if (!get(k)) fail(k, 'required');

  const categoryText = get('category');
  if (!categoryText) fail('category', 'required');
  else if (!categories.includes(categoryText)) fail('category', 'bad_category', { value: categoryText });
  const severity = severityOf(get('severity'));
  if (!severity) fail('severity', 'bad_severity', { value: get('severity') });

  let unitId: number | null = null;
  if (get('unit')) {
    const found = units.resolve(get('unit'));
    if ('id' in found) unitId = found.id;
    else fail('unit', found.error, { name: get('unit'), count: found.count, example: found.example });
  }
  const foundOn = dateOf(r.cells.foundOn, today);
  if (foundOn === undefined) fail('foundOn', 'bad_date', { value: get('foundOn') });
  const deadline = get('deadline') ? dateOf(r.cells.deadline, today, true) : null;
  if (deadline === undefined) fail('deadline', 'bad_date', { value: get('deadline') });
  if (foundOn && deadline && deadline < foundOn) fail('deadline', 'deadline_before_found');
  const measures = splitMeasureLines(get('measures'));
  if (!measures.length) fail('measures', 'no_measures');
  if (measures.some((m) => m.length > 500)) fail('measures', 'too_long', { max: 500 });

  const order = (k: ImportKey) => importColumns.findIndex((c) => c.key === k);
  if (errors.length) return { input: null, errors: errors.sort((a, b) => order(a.column) - order(b.column)) };
  const source = get('source');
  return {
    input: {
      sourceKind: sourceKindOf(source),
      sourceTitle: source,
      finding: get('finding'),
      category: categoryText,
      severity,
      unitId: unitId!,
      foundOn: foundOn ?? null,
      deadline: deadline!,
      measures: measures.map((title) => ({ title, deadline })),
    },
    errors,
  };
}
