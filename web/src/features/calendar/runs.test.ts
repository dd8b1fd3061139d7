import { describe, expect, it } from 'vitest';
import { dayRuns } from './runs';

describe('dayRuns', () => {
  it('joins consecutive days of one kind and name, across a month end, and keeps the rest apart', () => {
    const runs = dayRuns([
      { date: '2026-02-14', kind: 'workday', name: '春节' },
      { date: '2026-02-16', kind: 'holiday', name: '春节' },
      { date: '2026-02-15', kind: 'holiday', name: '春节' },
      { date: '2026-02-28', kind: 'holiday', name: '春节' },
      { date: '2026-03-01', kind: 'holiday', name: '春节' },
      { date: '2026-03-02', kind: 'holiday', name: '另一个' },
    ]);
    expect(runs).toEqual([
      { from: '2026-02-14', to: '2026-02-14', kind: 'workday', name: '春节', days: 1 },
      { from: '2026-02-15', to: '2026-02-16', kind: 'holiday', name: '春节', days: 2 },
      { from: '2026-02-28', to: '2026-03-01', kind: 'holiday', name: '春节', days: 2 },
      { from: '2026-03-02', to: '2026-03-02', kind: 'holiday', name: '另一个', days: 1 },
    ]);
  });
});
