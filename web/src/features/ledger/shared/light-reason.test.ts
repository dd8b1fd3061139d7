import { describe, expect, it } from 'vitest';
import { lightReason } from './light-reason';

describe('the light tooltip reason', () => {
  const yellow = { light: 'yellow' as const, status: 'inProgress', deadline: '2026-08-30' };

  it('names the server reason, with no threshold of its own (a deadline 40 days away can be near by the rules)', () => {
    expect(lightReason({ ...yellow, lightReasons: ['deadlineNear'] }, '2026-07-21')).toEqual({ key: 'deadlineNear', deadline: '2026-08-30' });
    expect(lightReason({ ...yellow, lightReasons: ['reportMissing'] }, '2026-08-28')).toEqual({ key: 'reportMissing' });
  });

  it('names overdue from the server, never from its own date (list rows carry the reasons too)', () => {
    expect(lightReason({ ...yellow, light: 'red', lightReasons: ['overdue', 'deadlineNear'] }, '2026-09-01')).toEqual({
      key: 'overdue',
      deadline: '2026-08-30',
    });
    expect(lightReason({ ...yellow, light: 'red', lightReasons: [] }, '2026-09-01')).toEqual({ key: 'attention' });
  });

  it('without a named reason says "needs attention"; green is on track', () => {
    expect(lightReason({ ...yellow, lightReasons: [] }, '2026-08-28')).toEqual({ key: 'attention' });
    expect(lightReason({ ...yellow, light: 'green', lightReasons: [] }, '2026-07-01')).toEqual({ key: 'onTrack' });
  });

  it('names the lagging milestone only when the server says the task lags', () => {
    const milestones = [{ title: '方案', due: '2026-07-01', doneOn: null }];
    expect(lightReason({ ...yellow, milestones, lightReasons: ['lagging'] }, '2026-07-05')).toEqual({ key: 'lagging', milestone: '方案', due: '2026-07-01' });
    expect(lightReason({ ...yellow, milestones, lightReasons: ['deadlineNear'] }, '2026-07-05')).toEqual({ key: 'deadlineNear', deadline: '2026-08-30' });
  });
});
