import { describe, expect, it } from 'vitest';
import type { BattleGroup, BattleTask } from '../api';
import { axisRange, barSpan, battleRows } from './battle-rows';

const task = (over: Partial<BattleTask>): BattleTask => ({
  id: 1,
  number: '1',
  title: 't',
  status: 'inProgress',
  light: 'green',
  start: '2026-03-01',
  deadline: '2026-06-30',
  signedOffOn: null,
  milestones: [],
  ...over,
});
const period = { from: '2026-01-01', to: '2026-12-31' };

describe('battle map rows', () => {
  it('puts each group heading before its tasks', () => {
    const groups: BattleGroup[] = [
      { id: 2, name: '组织部', tasks: [task({ id: 1 }), task({ id: 2 })] },
      { id: null, name: '未分配单位', tasks: [task({ id: 3 })] },
    ];
    expect(battleRows(groups).map((r) => (r.kind === 'group' ? `g:${r.name}:${r.count}` : `t:${r.task.id}`))).toEqual([
      'g:组织部:2',
      't:1',
      't:2',
      'g:未分配单位:1',
      't:3',
    ]);
  });
  it('runs a bar from dispatch to deadline, clipped to the period start', () => {
    expect(barSpan(task({}), period, '2026-11-25')).toEqual({ start: '2026-03-01', end: '2026-06-30' });
    expect(barSpan(task({ start: '2025-10-01' }), period, '2026-11-25')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(barSpan(task({ start: null, deadline: null }), period, '2026-11-25')).toEqual({ start: '2026-01-01', end: '2026-11-25' });
    expect(barSpan(task({ start: '2026-07-01', deadline: '2026-06-30' }), period, '2026-11-25')).toEqual({ start: '2026-07-01', end: '2026-07-01' });
  });
  it('widens the axis to milestones and today', () => {
    const groups: BattleGroup[] = [
      { id: 1, name: 'x', tasks: [task({ milestones: [{ due: '2025-12-01', doneOn: null, late: true }], deadline: '2027-01-15' })] },
    ];
    expect(axisRange(groups, { from: '2026-01-01', to: '2026-06-30' }, '2026-11-25')).toEqual({ min: '2025-12-01', max: '2027-01-15' });
  });
});
