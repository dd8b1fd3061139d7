import { describe, expect, it } from 'vitest';
import { lightReason } from './light-reason';

describe('the light tooltip reason', () => {
  const yellow = { light: 'yellow' as const, status: 'inProgress', deadline: '2026-08-30' };

  it('names the server reason, with no threshold of its own (a deadline 40 days away can be near by the rules)', () => {
    expect(lightReason({ ...yellow, lightReasons: ['deadlineNear'] }, '2026-07-21')).toEqual({ key: 'deadlineNear', deadline: '2026-08-30' });
    expect(lightReason({ ...yellow, lightReasons: ['reportMissing'] }, '2026-08-28')).toEqual({ key: 'reportMissing' });
  });

  it('without server reasons names only what the facts prove', () => {
    expect(lightReason(yellow, '2026-08-28')).toEqual({ key: 'attention' });
    expect(lightReason({ ...yellow, light: 'red' }, '2026-09-01')).toEqual({ key: 'overdue', deadline: '2026-08-30' });
    expect(lightReason({ ...yellow, light: 'green' }, '2026-07-01')).toEqual({ key: 'onTrack' });
  });
});
