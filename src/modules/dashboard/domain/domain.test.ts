import { describe, expect, it } from 'vitest';
import { bucketCounts, buckets, defaultBucket, defaultPeriod } from './periods.ts';
import { rank, scoreOf, validWeights, DEFAULT_WEIGHTS, type UnitOutcomes } from './ranking.ts';
import { percent, rateOf } from './figures.ts';
import { groupTasks, milestoneLate } from './battle-map.ts';

const fig = (count: number) => ({ count, list: `/api/tasks?n=${count}` });

describe('periods', () => {
  it('cuts a period into Monday–Sunday weeks clipped at both ends, with ISO week keys', () => {
    const b = buckets({ from: '2026-06-03', to: '2026-06-20' }, 'week');
    expect(b).toEqual([
      { key: '2026-W23', from: '2026-06-03', to: '2026-06-07' },
      { key: '2026-W24', from: '2026-06-08', to: '2026-06-14' },
      { key: '2026-W25', from: '2026-06-15', to: '2026-06-20' },
    ]);
    expect(buckets({ from: '2026-12-28', to: '2027-01-03' }, 'week')[0].key).toBe('2026-W53');
    expect(buckets({ from: '2027-01-01', to: '2027-01-03' }, 'week')[0].key).toBe('2026-W53');
  });
  it('cuts into calendar months and sums days into buckets', () => {
    const b = buckets({ from: '2026-01-15', to: '2026-03-10' }, 'month');
    expect(b.map((x) => [x.key, x.from, x.to])).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-10'],
    ]);
    expect(
      bucketCounts(b, [
        { day: '2026-01-31', n: 2 },
        { day: '2026-02-01', n: 3 },
        { day: '2026-03-11', n: 9 },
      ]),
    ).toEqual([2, 3, 0]);
  });
  it('defaults to the year to date, weekly up to a quarter', () => {
    expect(defaultPeriod('2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-07-01' });
    expect(defaultBucket({ from: '2026-06-01', to: '2026-06-30' })).toBe('week');
    expect(defaultBucket({ from: '2026-01-01', to: '2026-07-01' })).toBe('month');
  });
});

describe('rates and ranking', () => {
  it('keeps the two counts of a rate and prints percentages', () => {
    expect(rateOf(fig(3), fig(8))).toEqual({ rate: 0.375, numerator: fig(3), denominator: fig(8) });
    expect(rateOf(fig(0), fig(0)).rate).toBeNull();
    expect(percent(0.375)).toBe('37.5%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });
  const unit = (unitId: number, c: [number, number], o: [number, number], d: [number, number]): UnitOutcomes => ({
    unitId,
    completion: rateOf(fig(c[0]), fig(c[1])),
    onTime: rateOf(fig(o[0]), fig(o[1])),
    overdue: rateOf(fig(d[0]), fig(d[1])),
  });
  it('scores the weighted mean of the metrics a unit has, fewer overdue scoring higher', () => {
    const w = { completion: 1, onTime: 1, overdue: 2, rectification: 5 };
    expect(scoreOf(unit(1, [1, 2], [1, 1], [1, 4]), w)).toBe(75); // (0.5 + 1 + 2 × 0.75) / 4
    expect(scoreOf(unit(1, [1, 2], [0, 0], [0, 0]), w)).toBe(50); // only completion is known
    expect(scoreOf(unit(1, [0, 0], [0, 0], [0, 0]), w)).toBeNull();
  });
  it('ranks high scores first, ties share a rank, units without figures come last unranked', () => {
    const r = rank(
      [unit(1, [1, 2], [1, 2], [0, 1]), unit(2, [2, 2], [2, 2], [0, 1]), unit(3, [1, 2], [1, 2], [0, 1]), unit(4, [0, 0], [0, 0], [0, 0])],
      DEFAULT_WEIGHTS,
    );
    expect(r.map((x) => [x.outcomes.unitId, x.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [4, null],
    ]);
  });
  it('accepts only non-negative weights, not all zero', () => {
    expect(validWeights(DEFAULT_WEIGHTS)).toBe(true);
    expect(validWeights({ completion: 0, onTime: 0, overdue: 0, rectification: 0 })).toBe(false);
    expect(validWeights({ completion: -1, onTime: 1, overdue: 0, rectification: 0 })).toBe(false);
  });
});

describe('battle map', () => {
  it('marks late milestones and groups tasks in the given order, others last', () => {
    expect(milestoneLate({ due: '2026-03-01', doneOn: null }, '2026-03-02')).toBe(true);
    expect(milestoneLate({ due: '2026-03-01', doneOn: '2026-03-01' }, '2026-05-01')).toBe(false);
    const t = (id: number, groupId: number | null, deadline: string | null) => ({
      id,
      number: '',
      title: '',
      status: 'inProgress',
      light: null,
      start: null,
      deadline,
      signedOffOn: null,
      milestones: [],
      groupId,
    });
    const g = groupTasks(
      [t(1, 5, '2026-09-30'), t(2, null, null), t(3, 5, '2026-06-30'), t(4, 7, null)],
      new Map([
        [5, '东城区'],
        [7, '西城区'],
      ]),
      [7, 5],
      '未分配单位',
    );
    expect(g.map((x) => [x.name, x.tasks.map((y) => y.id)])).toEqual([
      ['西城区', [4]],
      ['东城区', [3, 1]],
      ['未分配单位', [2]],
    ]);
  });
});
