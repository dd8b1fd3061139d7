import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERM_RULES,
  ORG_CATEGORIES,
  ORG_KINDS,
  defaultTermYears,
  dueReminder,
  effectiveTermEnd,
  ordinaryTermEnd,
  reminderDates,
  termChangeProblems,
  termStatus,
} from './index.ts';

describe('term lengths (2018 opinion on the terms of basic-level organizations)', () => {
  it.each([
    ['committee', 'organ', 5],
    ['generalBranch', 'organ', 3],
    ['branch', 'soe', 3],
    ['leadingGroup', 'organ', null],
    ['workingCommittee', 'other', null],
    ['branch', 'rural', 5],
    ['generalBranch', 'community', 5],
    ['committee', 'rural', 5],
    ['workingCommittee', 'community', 5],
  ] as const)('%s in %s: %s years', (kind, category, years) => {
    expect(defaultTermYears(kind, category)).toBe(years);
  });

  it('gives every kind and category a figure or none, and follows the settings', () => {
    for (const kind of ORG_KINDS) for (const c of ORG_CATEGORIES) expect([3, 5, null]).toContain(defaultTermYears(kind, c));
    const rules = { byKind: { ...DEFAULT_TERM_RULES.byKind, branch: 4 }, villageAndCommunity: 6 };
    expect(defaultTermYears('branch', 'hospital', rules)).toBe(4);
    expect(defaultTermYears('branch', 'rural', rules)).toBe(6);
  });
});

describe('term end and status', () => {
  it('ends the same day years later, a leap day on the 28th', () => {
    expect(ordinaryTermEnd('2021-06-30', 5)).toBe('2026-06-30');
    expect(ordinaryTermEnd('2023-03-15', 3)).toBe('2026-03-15');
    expect(ordinaryTermEnd('2024-02-29', 5)).toBe('2029-02-28');
    expect(ordinaryTermEnd('2024-02-29', 4)).toBe('2028-02-29');
    expect(ordinaryTermEnd(null, 5)).toBeNull();
    expect(ordinaryTermEnd('2024-01-01', null)).toBeNull();
  });

  it('is overdue after the end, due soon within 6 months, ok beyond', () => {
    const today = '2026-03-01';
    expect(termStatus('2026-02-28', today)).toBe('overdue');
    expect(termStatus('2026-03-01', today)).toBe('dueSoon');
    expect(termStatus('2026-09-01', today)).toBe('dueSoon');
    expect(termStatus('2026-09-02', today)).toBe('ok');
    expect(termStatus(null, today)).toBe('unknown');
  });

  it('reminds 6, 3 and 1 month ahead (clipped at month ends)', () => {
    expect(reminderDates('2026-08-31')).toEqual([
      { threshold: 6, on: '2026-02-28' },
      { threshold: 3, on: '2026-05-31' },
      { threshold: 1, on: '2026-07-31' },
    ]);
  });
});

describe('which reminder is due', () => {
  const end = '2026-09-30';
  it('sends nothing before 6 months, then each threshold once', () => {
    expect(dueReminder(end, '2026-03-29', [])).toBeNull();
    expect(dueReminder(end, '2026-03-30', [])).toEqual({ threshold: 6, covers: [6] });
    expect(dueReminder(end, '2026-04-15', [6])).toBeNull();
    expect(dueReminder(end, '2026-06-30', [6])).toEqual({ threshold: 3, covers: [3] });
    expect(dueReminder(end, '2026-08-30', [6, 3])).toEqual({ threshold: 1, covers: [1] });
    expect(dueReminder(end, '2026-09-15', [6, 3, 1])).toBeNull();
  });

  it('sends only the nearest when a term is recorded late, and nothing once overdue', () => {
    expect(dueReminder(end, '2026-09-01', [])).toEqual({ threshold: 1, covers: [6, 3, 1] });
    expect(dueReminder(end, '2026-10-01', [])).toBeNull();
  });
});

describe('extension and early election', () => {
  const ordinary = '2026-06-30';
  it('allows up to one year either way', () => {
    expect(termChangeProblems('extension', ordinary, '2027-06-30')).toEqual([]);
    expect(termChangeProblems('early', ordinary, '2025-06-30')).toEqual([]);
    expect(termChangeProblems('extension', ordinary, '2026-12-31')).toEqual([]);
  });

  it('refuses beyond a year, the wrong direction and a term that has none', () => {
    expect(termChangeProblems('extension', ordinary, '2027-07-01').map((p) => p.code)).toEqual(['partyOrgs.term.beyond_year']);
    expect(termChangeProblems('early', ordinary, '2025-06-29').map((p) => p.code)).toEqual(['partyOrgs.term.beyond_year']);
    expect(termChangeProblems('extension', ordinary, '2026-06-30').map((p) => p.code)).toEqual(['partyOrgs.term.extension_not_later']);
    expect(termChangeProblems('early', ordinary, '2026-07-01').map((p) => p.code)).toEqual(['partyOrgs.term.early_not_sooner']);
    expect(termChangeProblems('extension', null, '2026-07-01').map((p) => p.code)).toEqual(['partyOrgs.term.no_term']);
  });

  it('a leap-day term extends at most to the clipped day a year on', () => {
    const end = ordinaryTermEnd('2019-02-28', 5)!; // 2024-02-28
    expect(termChangeProblems('extension', end, '2025-02-28')).toEqual([]);
    expect(termChangeProblems('extension', '2024-02-29', '2025-02-28')).toEqual([]);
    expect(termChangeProblems('extension', '2024-02-29', '2025-03-01').map((p) => p.code)).toEqual(['partyOrgs.term.beyond_year']);
  });

  it('the effective end is the last change of the current term', () => {
    expect(effectiveTermEnd(ordinary, [])).toBe(ordinary);
    const changes = [
      { ordinaryEnd: '2021-06-30', newTermEnd: '2021-12-31' },
      { ordinaryEnd: ordinary, newTermEnd: '2026-12-31' },
      { ordinaryEnd: ordinary, newTermEnd: '2027-03-31' },
    ];
    expect(effectiveTermEnd(ordinary, changes)).toBe('2027-03-31');
    expect(effectiveTermEnd('2031-06-30', changes)).toBe('2031-06-30');
  });
});
