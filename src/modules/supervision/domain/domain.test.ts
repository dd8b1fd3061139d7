import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/calendar/index.ts';
import { chineseDate, dueReminders, formatNoticeNumber, reminderKey, sampleIds, sampleSize, type ColouredTask } from './index.ts';

const NEVER = '9999-12-31';
const task = (over: Partial<ColouredTask>): ColouredTask => ({
  id: 1,
  state: 'inProgress',
  deadline: '2026-12-31',
  yellowFrom: '2026-12-21',
  redFrom: '2027-01-01',
  ...over,
});

describe('dueReminders', () => {
  it('is silent while green, reminds at yellow with the days left, presses at red with the days late', () => {
    expect(dueReminders([task({})], '2026-12-20', 10, new Set())).toEqual([]);
    expect(dueReminders([task({})], '2026-12-21', 10, new Set())).toEqual([
      { taskId: 1, light: 'yellow', since: '2026-12-21', reason: 'deadlineNear', days: 10 },
    ]);
    expect(dueReminders([task({})], '2027-01-03', 10, new Set())).toEqual([{ taskId: 1, light: 'red', since: '2027-01-01', reason: 'overdue', days: 3 }]);
  });

  it('sends each (task, colour, day of turning) once, and again after thresholds move', () => {
    const sent = new Set([reminderKey(1, 'yellow', '2026-12-21')]);
    expect(dueReminders([task({})], '2026-12-25', 10, sent)).toEqual([]);
    const extended = task({ deadline: '2027-03-31', yellowFrom: '2027-03-21', redFrom: '2027-04-01' });
    expect(dueReminders([extended], '2027-03-21', 10, sent)[0]).toMatchObject({ light: 'yellow', since: '2027-03-21' });
  });

  it('calls a yellow that is not about the deadline "behind", and leaves sign-off requests alone', () => {
    const lagging = task({ yellowFrom: '2026-06-01' });
    expect(dueReminders([lagging], '2026-06-02', 10, new Set())[0]).toMatchObject({ reason: 'behind', days: 0, since: '2026-06-01' });
    expect(dueReminders([task({ state: 'signOffRequested', yellowFrom: '2027-01-01' })], '2027-02-01', 10, new Set())).toEqual([]);
    expect(dueReminders([task({ deadline: null, yellowFrom: NEVER, redFrom: NEVER })], '2027-02-01', 10, new Set())).toEqual([]);
  });
});

describe('notice numbers and dates', () => {
  it('formats the number and the date as formal documents do', () => {
    expect(formatNoticeNumber('X组', 2026, 7)).toBe('X组督〔2026〕7号');
    expect(chineseDate('2026-03-01')).toBe('2026年3月1日');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('look-back sampling', () => {
  it('takes N% rounded up, at least one, never more than there are', () => {
    expect([sampleSize(0, 50), sampleSize(1, 1), sampleSize(10, 25), sampleSize(10, 100), sampleSize(3, 34)]).toEqual([0, 1, 3, 10, 2]);
  });

  it('draws the same tasks for the same seed, and others for another seed', () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1);
    const a = sampleIds(ids, 25, 'seed-a');
    expect(a).toHaveLength(10);
    expect(sampleIds([...ids].reverse(), 25, 'seed-a')).toEqual(a);
    expect(sampleIds(ids, 25, 'seed-b')).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
  });
});

describe('supervision domain purity', () => {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))(
    '%s imports only siblings (and the pure calendar) and reads no clock',
    (file) => {
      const text = readFileSync(dir + file, 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) expect(m[1]).toMatch(/^(\.\/[\w.-]+|\.\.\/\.\.\/\.\.\/platform\/calendar\/index)\.ts$/);
      expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\./);
    },
  );
});
