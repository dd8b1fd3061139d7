import { describe, expect, it } from 'vitest';
import { formatRate, pagePathFor, withUnit } from './figure-path';
import { parsePeriod, periodParams, periodRange } from './period';

describe('pagePathFor', () => {
  it('opens a task figure in the ledger with the same filters', () => {
    expect(pagePathFor('/api/tasks?unitId=1&light=red')).toBe('/ledger?unitId=1&light=red');
    expect(pagePathFor('/api/tasks?unitId=1&status=signedOff&signedOffFrom=2026-01-01&signedOffTo=2026-11-25&onTime=true')).toBe(
      '/ledger?unitId=1&status=signedOff&signedOffFrom=2026-01-01&signedOffTo=2026-11-25&onTime=true',
    );
    expect(pagePathFor('/api/tasks?unitId=1&status=dispatched&status=acknowledged')).toBe('/ledger?unitId=1&status=dispatched&status=acknowledged');
    expect(pagePathFor('/api/tasks')).toBe('/ledger');
  });
  it('opens a problem figure in the problem list', () => {
    expect(pagePathFor('/api/problems?unitId=3&status=open')).toBe('/problems?unitId=3&status=open');
  });
  it('keeps the deadline window of the battle map', () => {
    expect(pagePathFor('/api/tasks?unitId=1&deadlineFrom=2026-01-01&deadlineTo=2026-12-31')).toBe(
      '/ledger?unitId=1&deadlineFrom=2026-01-01&deadlineTo=2026-12-31',
    );
  });
  it('narrows a list to a unit', () => {
    expect(withUnit('/api/tasks?unitId=1&light=red', 5)).toBe('/api/tasks?unitId=5&light=red');
  });
});

describe('formatRate', () => {
  it('prints like the server', () => {
    expect(formatRate(0.875)).toBe('87.5%');
    expect(formatRate(0.15)).toBe('15%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('periods', () => {
  const today = '2026-11-25';
  it('a current month, quarter, year end today', () => {
    expect(periodRange('month', today, today)).toEqual({ from: '2026-11-01', to: '2026-11-25' });
    expect(periodRange('quarter', today, today)).toEqual({ from: '2026-10-01', to: '2026-11-25' });
    expect(periodRange('year', today, today)).toEqual({ from: '2026-01-01', to: '2026-11-25' });
  });
  it('a past period is whole', () => {
    expect(periodRange('month', '2026-02-10', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('quarter', '2026-08-01', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange('year', '2024-05-05', today)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
  it('round-trips through the URL', () => {
    const q = parsePeriod(new URLSearchParams('period=quarter&at=2026-08-01'), today);
    expect(q).toEqual({ kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod(new URLSearchParams(periodParams(q)), today)).toEqual(q);
    const c = parsePeriod(new URLSearchParams('period=custom&from=2026-03-01&to=2026-04-15'), today);
    expect(c).toEqual({ kind: 'custom', from: '2026-03-01', to: '2026-04-15' });
    expect(parsePeriod(new URLSearchParams(''), today)).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-11-25' });
    expect(parsePeriod(new URLSearchParams('period=custom&from=2026-05-01&to=2026-04-01'), today).kind).toBe('year');
  });
});

describe('unclipped periods', () => {
  it('keep the current period whole', () => {
    expect(periodRange('year', '2026-11-25', '2026-11-25', false)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod(new URLSearchParams(''), '2026-11-25', 'year', false)).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });
});
