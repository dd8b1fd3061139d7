import { describe, expect, it } from 'vitest';
import { formatQuery, ledgerPathFor, parseQuery, queryFromListUrl } from './ledger-query';

describe('ledger query in the URL', () => {
  it('reads repeated parameters as arrays and drops what the list endpoint does not know', () => {
    const q = parseQuery(new URLSearchParams('status=draft&status=returned&status=bogus&light=red&unitId=14&key=true&page=2&pageSize=50&x=1'));
    expect(q).toMatchObject({ status: ['draft', 'returned'], light: ['red'], unitId: 14, key: true, page: 2, pageSize: 50 });
    expect(q).not.toHaveProperty('x');
  });

  it('keeps the dashboard’s period and on-time filters, including onTime=false', () => {
    const q = parseQuery(new URLSearchParams('signedOffFrom=2026-10-01&signedOffTo=2026-12-31&onTime=false'));
    expect(q).toMatchObject({ signedOffFrom: '2026-10-01', signedOffTo: '2026-12-31', onTime: false });
    expect(formatQuery(q).toString()).toBe('signedOffFrom=2026-10-01&signedOffTo=2026-12-31&onTime=false');
  });

  it('keeps the to-do lines’ filters: 待审核 and the very tasks a line counts', () => {
    const q = parseQuery(new URLSearchParams('pendingReview=true&ids=3&ids=x&ids=12'));
    expect(q).toMatchObject({ pendingReview: true, ids: [3, 12] });
    expect(formatQuery(q).toString()).toBe('pendingReview=true&ids=3&ids=12');
    expect(parseQuery(new URLSearchParams('pendingReview=false'))).toMatchObject({ pendingReview: undefined, ids: undefined });
  });

  it('falls back to page 1 and 20 rows for nonsense paging', () => {
    expect(parseQuery(new URLSearchParams('page=-3&pageSize=7'))).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('round-trips, leaving out defaults', () => {
    const q = parseQuery(new URLSearchParams('category=problem&category=task&deadlineFrom=2026-01-01&sort=-deadline'));
    const s = formatQuery(q).toString();
    expect(s).toBe('deadlineFrom=2026-01-01&category=problem&category=task&sort=-deadline');
    expect(parseQuery(new URLSearchParams(s))).toEqual(q);
  });

  it('turns a summary figure’s list URL into the page link that shows the same rows', () => {
    const list = '/api/tasks?status=acknowledged&status=inProgress&light=yellow&light=red&unitId=14';
    expect(queryFromListUrl(list)).toMatchObject({ status: ['acknowledged', 'inProgress'], light: ['yellow', 'red'], unitId: 14 });
    expect(ledgerPathFor(list)).toBe('/ledger?unitId=14&status=acknowledged&status=inProgress&light=yellow&light=red');
    expect(ledgerPathFor('/api/tasks')).toBe('/ledger');
  });
});
