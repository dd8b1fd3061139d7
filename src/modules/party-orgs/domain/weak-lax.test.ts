import { describe, expect, it } from 'vitest';
import { accept, canAddMeasure, closeLookBack, designate, lookBackDate, plan, screenCriteria, weakLaxActions, type DesignationState } from './weak-lax.ts';
import { quotaShare, stageFigures } from './weak-lax-figures.ts';
import { NATIONAL_BASIC_TYPES, CRITERION_CODE } from './weak-lax-criteria.ts';

const dict = NATIONAL_BASIC_TYPES.map((c) => c.code);
const designated: DesignationState = { status: 'designated', acceptedOn: null, lookBackOn: null };
const rectifying: DesignationState = { ...designated, status: 'rectifying' };
const allDone = { total: 2, signedOff: 2 };

describe('criteria dictionary', () => {
  it('ships the eight basic types, with valid unique codes', () => {
    expect(NATIONAL_BASIC_TYPES).toHaveLength(8);
    expect(new Set(dict).size).toBe(8);
    expect(dict.every((c) => CRITERION_CODE.test(c))).toBe(true);
  });
  it('screening keeps known criteria once, in dictionary order, and names an unknown one', () => {
    expect(screenCriteria(['economyWeak', 'teamDisunited', 'economyWeak'], dict)).toEqual({ ok: true, value: ['teamDisunited', 'economyWeak'] });
    expect(screenCriteria(['teamDisunited', 'nope'], dict)).toMatchObject({
      ok: false,
      error: { code: 'weakLax.unknown_criterion', field: 'body.criteria.1' },
    });
  });
});

describe('weak-and-lax state machine', () => {
  it('designates only with criteria met and a contact leader', () => {
    expect(designate([], { contactLeader: '张三' })).toMatchObject({ ok: false, error: { code: 'weakLax.no_criteria', kind: 'conflict' } });
    expect(designate(['teamDisunited'], { contactLeader: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'weakLax.contact_leader_required', field: 'body.contactLeader' },
    });
    expect(designate(['teamDisunited'], { contactLeader: ' 张三 ', firstSecretary: '' })).toEqual({
      ok: true,
      value: { status: 'designated', acceptedOn: null, lookBackOn: null, contactLeader: '张三', firstSecretary: null },
    });
  });

  it('starts rectifying with a plan; the plan is required and short', () => {
    expect(plan(designated, '  ')).toMatchObject({ ok: false, error: { code: 'weakLax.plan_required' } });
    expect(plan(designated, 'x'.repeat(501))).toMatchObject({ ok: false, error: { code: 'weakLax.plan_too_long' } });
    expect(plan(designated, '配强班子')).toMatchObject({ ok: true, value: { status: 'rectifying', plan: '配强班子' } });
    expect(plan(rectifying, '改')).toMatchObject({ ok: true, value: { status: 'rectifying' } });
    expect(plan({ ...designated, status: 'watched' }, '改')).toMatchObject({
      ok: false,
      error: { code: 'weakLax.invalid_transition', params: { action: 'plan', status: 'watched' } },
    });
  });

  it('adds measures only before acceptance', () => {
    expect(canAddMeasure(designated).ok).toBe(true);
    expect(canAddMeasure(rectifying).ok).toBe(true);
    expect(canAddMeasure({ ...designated, status: 'closed' })).toMatchObject({ ok: false, error: { code: 'weakLax.invalid_transition' } });
  });

  it('accepts at the pass score (default 70): 69 stays rectifying, 70 is watched with a look-back a year later', () => {
    const failed = accept(rectifying, allDone, { score: 69, evidenceCount: 1, on: '2026-06-30' });
    expect(failed).toEqual({ ok: true, value: { passed: false, next: rectifying } });
    expect(accept(rectifying, allDone, { score: 70, evidenceCount: 1, on: '2026-06-30' })).toEqual({
      ok: true,
      value: { passed: true, next: { status: 'watched', acceptedOn: '2026-06-30', lookBackOn: '2027-06-30' } },
    });
    // a configured pass score
    expect(accept(rectifying, allDone, { score: 75, evidenceCount: 1, on: '2026-06-30', passScore: 80 })).toMatchObject({ ok: true, value: { passed: false } });
    expect(accept(rectifying, allDone, { score: 80, evidenceCount: 1, on: '2026-06-30', passScore: 80 })).toMatchObject({ ok: true, value: { passed: true } });
  });

  it('refuses acceptance with open or no measures, no evidence, a bad score, or outside rectification', () => {
    const base = { score: 90, evidenceCount: 1, on: '2026-06-30' };
    expect(accept(rectifying, { total: 2, signedOff: 1 }, base)).toMatchObject({ ok: false, error: { code: 'weakLax.measures_open', params: { open: 1 } } });
    expect(accept(rectifying, { total: 0, signedOff: 0 }, base)).toMatchObject({ ok: false, error: { code: 'weakLax.measures_required' } });
    expect(accept(rectifying, allDone, { ...base, evidenceCount: 0 })).toMatchObject({
      ok: false,
      error: { code: 'weakLax.evidence_required', field: 'body.fileIds' },
    });
    for (const score of [-1, 101, 70.5])
      expect(accept(rectifying, allDone, { ...base, score })).toMatchObject({ ok: false, error: { code: 'weakLax.score_invalid', field: 'body.score' } });
    expect(accept(designated, allDone, base)).toMatchObject({
      ok: false,
      error: { code: 'weakLax.invalid_transition', params: { action: 'accept', status: 'designated' } },
    });
  });

  it('puts the look-back a year on, clipped at month end on leap days', () => {
    expect(lookBackDate('2024-02-29')).toBe('2025-02-28');
    expect(lookBackDate('2026-12-31')).toBe('2027-12-31');
  });

  it('closes after the look-back, or goes back to rectifying on a relapse', () => {
    const watched: DesignationState = { status: 'watched', acceptedOn: '2026-06-30', lookBackOn: '2027-06-30' };
    expect(closeLookBack(watched, 'consolidated', '2027-06-29')).toMatchObject({
      ok: false,
      error: { code: 'weakLax.look_back_not_due', params: { on: '2027-06-30' } },
    });
    expect(closeLookBack(watched, 'consolidated', '2027-06-29', true)).toMatchObject({ ok: true, value: { status: 'closed' } });
    expect(closeLookBack(watched, 'consolidated', '2027-06-30')).toEqual({ ok: true, value: { ...watched, status: 'closed' } });
    expect(closeLookBack(watched, 'relapsed', '2027-07-01')).toEqual({ ok: true, value: { status: 'rectifying', acceptedOn: null, lookBackOn: null } });
    expect(closeLookBack(rectifying, 'consolidated', '2027-07-01')).toMatchObject({ ok: false, error: { code: 'weakLax.invalid_transition' } });
  });

  it('lists the actions a manager may take, none for readers', () => {
    expect(weakLaxActions(designated, { total: 0, signedOff: 0 }, '2026-05-01', true)).toEqual(['plan', 'addMeasure']);
    expect(weakLaxActions(rectifying, { total: 1, signedOff: 0 }, '2026-05-01', true)).toEqual(['plan', 'addMeasure']);
    expect(weakLaxActions(rectifying, allDone, '2026-05-01', true)).toEqual(['plan', 'addMeasure', 'accept']);
    expect(weakLaxActions(rectifying, allDone, '2026-05-01', false)).toEqual([]);
    const watched: DesignationState = { status: 'watched', acceptedOn: '2026-06-30', lookBackOn: '2027-06-30' };
    expect(weakLaxActions(watched, allDone, '2027-01-01', true)).toEqual([]);
    expect(weakLaxActions(watched, allDone, '2027-06-30', true)).toEqual(['closeLookBack']);
    expect(weakLaxActions({ ...watched, status: 'closed' }, allDone, '2028-01-01', true)).toEqual([]);
  });
});

describe('weak-and-lax figures', () => {
  it('folds status counts into stages, overall and by category', () => {
    const f = stageFigures(
      [
        { status: 'screened', category: 'rural', count: 4 },
        { status: 'designated', category: 'rural', count: 1 },
        { status: 'rectifying', category: 'rural', count: 2 },
        { status: 'watched', category: 'rural', count: 1 },
        { status: 'closed', category: 'community', count: 3 },
        { status: 'rectifying', category: 'other', count: 1 },
      ],
      ['rural', 'community', 'organ'],
    );
    expect(f.screened).toBe(4);
    expect(f.byStage).toEqual({ designated: 8, rectifying: 4, accepted: 4, watched: 1 });
    expect(f.byCategory).toEqual([
      { category: 'rural', byStage: { designated: 4, rectifying: 3, accepted: 1, watched: 1 } },
      { category: 'community', byStage: { designated: 3, rectifying: 0, accepted: 3, watched: 0 } },
      { category: 'organ', byStage: { designated: 0, rectifying: 0, accepted: 0, watched: 0 } },
      { category: 'other', byStage: { designated: 1, rectifying: 1, accepted: 0, watched: 0 } },
    ]);
  });
  it('compares the designated count with the 倒排 quota, when one is configured', () => {
    expect(quotaShare(3, 40, null)).toBeNull();
    expect(quotaShare(3, 40, 5)).toEqual({ quota: 2, designated: 3, share: 150 });
    expect(quotaShare(1, 41, 5)).toEqual({ quota: 3, designated: 1, share: 33.3 });
    expect(quotaShare(0, 0, 5)).toEqual({ quota: 0, designated: 0, share: null });
  });
});
