import { describe, expect, it } from 'vitest';
import {
  acceptanceErrors,
  EMPTY_TALLY,
  measureWarnings,
  normalizeWarnDays,
  problemActions,
  problemErrors,
  problemLight,
  problemStatus,
  problemWarnings,
  severityOf,
  sourceKindOf,
  splitMeasureLines,
  type MeasureTally,
} from './index.ts';

const tally = (t: Partial<MeasureTally>): MeasureTally => ({ ...EMPTY_TALLY, ...t });
const none = { acceptedMark: null, refusedMark: null };

describe('problem status', () => {
  it('is open without measures or with drafts only', () => {
    expect(problemStatus(EMPTY_TALLY, none)).toBe('open');
    expect(problemStatus(tally({ total: 2, draft: 2, mark: 2 }), none)).toBe('open');
  });
  it('is rectifying once a measure is dispatched, awaiting acceptance when all are signed off', () => {
    expect(problemStatus(tally({ total: 2, draft: 1, started: 1, mark: 3 }), none)).toBe('rectifying');
    expect(problemStatus(tally({ total: 2, started: 2, signedOff: 1, mark: 9 }), none)).toBe('rectifying');
    expect(problemStatus(tally({ total: 2, started: 2, signedOff: 2, mark: 10 }), none)).toBe('awaitingAcceptance');
  });
  it('is rectified only while the accepted mark still matches', () => {
    const done = tally({ total: 2, started: 2, signedOff: 2, mark: 10 });
    expect(problemStatus(done, { acceptedMark: 10, refusedMark: null })).toBe('rectified');
    // a look-back reopened a measure and it was signed off again: accept afresh
    expect(problemStatus({ ...done, mark: 13 }, { acceptedMark: 10, refusedMark: null })).toBe('awaitingAcceptance');
    expect(problemStatus(tally({ total: 2, started: 2, signedOff: 1, mark: 11 }), { acceptedMark: 10, refusedMark: null })).toBe('rectifying');
  });
  it('goes back to rectifying on refusal until a measure moves', () => {
    const done = tally({ total: 1, started: 1, signedOff: 1, mark: 5 });
    expect(problemStatus(done, { acceptedMark: null, refusedMark: 5 })).toBe('rectifying');
    expect(problemStatus({ ...done, mark: 8 }, { acceptedMark: null, refusedMark: 5 })).toBe('awaitingAcceptance');
  });
  it('offers actions to managers only, and none once rectified', () => {
    expect(problemActions('open', tally({ total: 1, draft: 1 }), false)).toEqual([]);
    expect(problemActions('open', tally({ total: 1, draft: 1 }), true)).toEqual(['edit', 'addMeasure', 'dispatch']);
    expect(problemActions('awaitingAcceptance', tally({ total: 1, signedOff: 1 }), true)).toEqual(['edit', 'addMeasure', 'accept', 'refuseAcceptance']);
    expect(problemActions('rectified', tally({ total: 1, signedOff: 1 }), true)).toEqual([]);
  });
});

describe('problem light', () => {
  it('turns yellow at the largest threshold, names the nearest, red after the deadline', () => {
    expect(problemLight('rectifying', '2026-06-30', '2026-06-01')).toEqual({ light: 'green', daysLeft: 29, warnAt: null });
    expect(problemLight('open', '2026-06-30', '2026-06-10')).toEqual({ light: 'yellow', daysLeft: 20, warnAt: 20 });
    expect(problemLight('open', '2026-06-30', '2026-06-20')).toEqual({ light: 'yellow', daysLeft: 10, warnAt: 10 });
    expect(problemLight('open', '2026-06-30', '2026-06-30').light).toBe('yellow');
    expect(problemLight('awaitingAcceptance', '2026-06-30', '2026-07-01')).toEqual({ light: 'red', daysLeft: -1, warnAt: null });
    expect(problemLight('rectified', '2026-06-30', '2026-07-01').light).toBeNull();
  });
  it('uses configured thresholds', () => {
    expect(problemLight('open', '2026-06-30', '2026-06-01', [30, 7]).light).toBe('yellow');
    expect(problemLight('open', '2026-06-30', '2026-06-25', [30, 7]).warnAt).toBe(7);
    expect(normalizeWarnDays([10, 20, 20, -1, 1.5])).toEqual([20, 10]);
  });
});

describe('prompts', () => {
  it('warns on measures without deadline or owner, or due after the problem', () => {
    expect(measureWarnings({ title: '甲', deadline: null, ownerName: '' }, '2026-06-30').map((w) => w.code)).toEqual([
      'problems.warn.measure_no_deadline',
      'problems.warn.measure_no_owner',
    ]);
    expect(measureWarnings({ title: '乙', deadline: '2026-07-15', ownerName: '张三' }, '2026-06-30')).toEqual([
      { field: 'body.deadline', code: 'problems.warn.measure_after_deadline', params: { title: '乙', deadline: '2026-07-15', problemDeadline: '2026-06-30' } },
    ]);
    expect(measureWarnings({ title: '丙', deadline: '2026-06-30', ownerId: 3 }, '2026-06-30')).toEqual([]);
    expect(problemWarnings({ deadline: '2026-06-30' }, [])[0].code).toBe('problems.warn.no_measures');
    expect(problemWarnings({ deadline: '2026-06-30' }, [{ title: '丁', deadline: null, ownerName: 'x' }])[0].field).toBe('measures.0.deadline');
  });
  it('blocks acceptance without evidence and impossible dates', () => {
    expect(acceptanceErrors({ comment: '', fileIds: [] }).map((e) => e.field)).toEqual(['body.fileIds', 'body.comment']);
    expect(acceptanceErrors({ comment: '整改到位', fileIds: [1] })).toEqual([]);
    expect(problemErrors({ foundOn: '2026-05-01', deadline: '2026-04-30' })[0].code).toBe('problems.deadline_before_found');
    expect(problemErrors({ foundOn: null, deadline: '2026-04-30' })).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('reads severities and source kinds as people write them', () => {
    expect(severityOf('')).toBe('general');
    expect(severityOf('较重')).toBe('serious');
    expect(severityOf('Critical')).toBe('critical');
    expect(severityOf('很严重')).toBeUndefined();
    expect(sourceKindOf('市委第三巡察组反馈意见')).toBe('inspection');
    expect(sourceKindOf('选人用人专项检查')).toBe('specialInspection');
    expect(sourceKindOf('2025年度整改回头看')).toBe('lookBack');
  });
  it('splits a measures cell into one measure per line without numbering', () => {
    expect(splitMeasureLines('1.建立干部选任纪实制度\n（2）开展专项培训\r\n\n3、 完善档案审核 ')).toEqual([
      '建立干部选任纪实制度',
      '开展专项培训',
      '完善档案审核',
    ]);
    expect(splitMeasureLines('①召开专题民主生活会\n二、逐条对照检查')).toEqual(['召开专题民主生活会', '逐条对照检查']);
  });
});
