import { ledgerPathFor } from '../../ledger/table/ledger-query';

/**
 * The page that shows exactly what a figure counts: the server sends the list endpoint
 * (`/api/tasks?unitId=3&light=red`, `/api/problems?…`) and the ledger (or problem list) page takes
 * the same query string, so the number and the page's total agree.
 */
export function pagePathFor(list: string): string {
  const i = list.indexOf('?');
  const path = i < 0 ? list : list.slice(0, i);
  const qs = i < 0 ? '' : list.slice(i + 1);
  if (path === '/api/tasks') return ledgerPathFor(list);
  if (path === '/api/problems') return qs ? `/problems?${qs}` : '/problems';
  const page = path.replace(/^\/api(?=\/)/, '');
  return qs ? `${page}?${qs}` : page;
}

/** The ledger filtered to one unit's tasks, e.g. for a click on a bar of the by-unit chart. */
export function withUnit(list: string, unitId: number): string {
  const i = list.indexOf('?');
  const params = new URLSearchParams(i < 0 ? '' : list.slice(i + 1));
  params.set('unitId', String(unitId));
  return `${i < 0 ? list : list.slice(0, i)}?${params.toString()}`;
}

/** '87.5%' for 0.875, '—' when there is nothing to divide by (the server's rounding). */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  const p = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}
