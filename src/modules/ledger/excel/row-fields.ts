import { excelDate, type RowError as KitRowError } from '../../../platform/excel/import-kit/index.ts';
import { findDeadline } from '../../parser/index.ts';
import { isIsoDate } from '../domain/index.ts';
import type { TaskFields } from '../service/tasks.ts';
import { categoryOf, flagOf, type ColumnKey } from './layout.ts';
import type { Cell, SheetRow } from './read-table.ts';
import type { UnitNames } from '../../units/index.ts';

/** A bad cell: the row as Excel numbers it, the column, a message code and its params. */
export type RowError = KitRowError<ColumnKey>;

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim();
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * 完成时限 as people fill it in: an Excel date, a date typed as text (2026-06-30, 2026/6/30,
 * 2026年6月30日), or a phrase resolved against today (年底前 → 12-31, 6月底前 → 06-30).
 * Ongoing work (长期坚持) keeps its phrase and no date. Undefined means unreadable.
 */
export function deadlineOf(c: Cell, today: string): { deadline: string | null; phrase: string | null } | undefined {
  if (c instanceof Date || typeof c === 'number') return ((d) => (d ? { deadline: d, phrase: null } : undefined))(excelDate(c));
  const s = text(c);
  if (!s) return { deadline: null, phrase: null };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (m) {
    const iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    return isIsoDate(iso) ? { deadline: iso, phrase: null } : undefined;
  }
  const found = findDeadline(s, today);
  if (!found) return undefined;
  if (found.date || found.until) return { deadline: found.until ?? found.date, phrase: s.slice(0, 64) };
  return found.recurring ? { deadline: null, phrase: s.slice(0, 64) } : undefined;
}

/** 配合单位: names separated by 、，,;； or line breaks. */
export const splitNames = (s: string) =>
  s
    .split(/[、，,;；\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const limits: Partial<Record<ColumnKey, number>> = { title: 500, measures: 20000, owner: 64, number: 32, code: 32 };

/** One table row to the fields of a draft task, or the reasons it cannot be one. */
export function rowFields(r: SheetRow, units: UnitNames, today: string): { fields: TaskFields | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: ColumnKey, code: string, params?: Record<string, unknown>) => errors.push({ row: r.row, column, code, params });
  const get = (k: ColumnKey) => text(r.cells[k]);
  for (const [k, max] of Object.entries(limits) as [ColumnKey, number][]) if (get(k).length > max) fail(k, 'ledger.import.too_long', { max });

  const title = get('title');
  if (!title) fail('title', 'ledger.import.title_required');
  const unit = (column: ColumnKey, name: string): number | null => {
    const found = units.resolve(name);
    if ('id' in found) return found.id;
    fail(column, `ledger.import.${found.error}`, { name, count: found.count, example: found.example });
    return null;
  };
  const leadName = get('leadUnit');
  const leadUnitId = leadName ? unit('leadUnit', leadName) : null;
  if (!leadName) fail('leadUnit', 'ledger.import.lead_required');
  const supportingUnitIds = splitNames(get('supportingUnits')).map((n) => unit('supportingUnits', n));

  const due = deadlineOf(r.cells.deadline ?? null, today);
  if (!due) fail('deadline', 'ledger.import.bad_deadline', { value: get('deadline') });
  const categoryText = get('category');
  const category = categoryText ? categoryOf(categoryText) : undefined;
  if (categoryText && !category) fail('category', 'ledger.import.bad_category', { value: categoryText });
  const key = flagOf(get('key'));
  if (key === undefined) fail('key', 'ledger.import.bad_flag', { value: get('key') });

  if (errors.length) return { fields: null, errors };
  const ids = [...new Set(supportingUnitIds as number[])].filter((id) => id !== leadUnitId);
  return {
    fields: {
      title,
      // The task's own number (编号) when the sheet has one; else 序号, as units' own tables number tasks.
      number: get('code') || get('number') || undefined,
      measures: get('measures') || undefined,
      leadUnitId,
      supportingUnitIds: ids,
      ownerName: get('owner') || null,
      deadline: due!.deadline,
      deadlinePhrase: due!.phrase,
      category,
      key,
    },
    errors,
  };
}
