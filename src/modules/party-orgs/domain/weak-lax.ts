import { addMonths, isIsoDate, type IsoDate } from '../../../platform/calendar/index.ts';

/**
 * 软弱涣散基层党组织整顿: the yearly cycle of one organization, pure (no clock: `on`/`today` are passed in).
 *
 * screened (排查: the year's screening marked ≥ 1 criterion) → designated (认定 by the superior, with a
 * county-level contact leader 县级领导联系 and optionally a first secretary) → rectifying (一村一策: a plan
 * whose measures are ledger tasks) → watched (验收 passed at the configured score; 巩固 for a year, a
 * look-back 回头看 at +12 months) → closed (after the look-back). A failed acceptance leaves the case
 * rectifying; a look-back that finds a relapse sends it back to rectifying.
 *
 * "screened" is not stored on a designation: it is a screening with criteria and no designation yet.
 */
export const WEAK_LAX_STATUSES = ['screened', 'designated', 'rectifying', 'watched', 'closed'] as const;
export type WeakLaxStatus = (typeof WEAK_LAX_STATUSES)[number];

/** The stored statuses of a designation (every status but screened). */
export const DESIGNATION_STATUSES = ['designated', 'rectifying', 'watched', 'closed'] as const;
export type DesignationStatus = (typeof DESIGNATION_STATUSES)[number];

/** The default pass mark of an acceptance (验收), a setting of the module. */
export const DEFAULT_PASS_SCORE = 70;
/** 巩固提升: the watch after acceptance lasts a year (跟踪问效 1 年), the look-back falls at its end. */
export const WATCH_MONTHS = 12;
export const PLAN_MAX = 500;

export const WEAK_LAX_ERROR_CODES = [
  'weakLax.invalid_transition',
  'weakLax.no_criteria',
  'weakLax.unknown_criterion',
  'weakLax.contact_leader_required',
  'weakLax.plan_required',
  'weakLax.plan_too_long',
  'weakLax.measures_required',
  'weakLax.measures_open',
  'weakLax.score_invalid',
  'weakLax.evidence_required',
  'weakLax.look_back_not_due',
] as const;
export type WeakLaxErrorCode = (typeof WEAK_LAX_ERROR_CODES)[number];

/** A refusal of the rules; the service turns it into a coded 409 (transitions) or 400 (bad input on a field). */
export interface WeakLaxError {
  code: WeakLaxErrorCode;
  kind: 'conflict' | 'invalid';
  field?: string;
  params: Record<string, string | number>;
}

const conflict = (code: WeakLaxErrorCode, params: Record<string, string | number> = {}): WeakLaxError => ({ code, kind: 'conflict', params });
const invalid = (code: WeakLaxErrorCode, field: string, params: Record<string, string | number> = {}): WeakLaxError => ({
  code,
  kind: 'invalid',
  field,
  params,
});

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: WeakLaxError };
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(error: WeakLaxError): Outcome<T> => ({ ok: false, error });

/** The measures (ledger tasks) of a plan, counted: cancelled ones left out of total. */
export interface MeasureCount {
  total: number;
  signedOff: number;
}

export interface DesignationState {
  status: DesignationStatus;
  acceptedOn: IsoDate | null;
  lookBackOn: IsoDate | null;
}

export const WEAK_LAX_ACTIONS = ['plan', 'addMeasure', 'accept', 'closeLookBack'] as const;
export type WeakLaxAction = (typeof WEAK_LAX_ACTIONS)[number];

const FROM: Record<WeakLaxAction, readonly DesignationStatus[]> = {
  plan: ['designated', 'rectifying'],
  addMeasure: ['designated', 'rectifying'],
  accept: ['rectifying'],
  closeLookBack: ['watched'],
};

function guard(state: DesignationState, action: WeakLaxAction): WeakLaxError | null {
  return FROM[action].includes(state.status) ? null : conflict('weakLax.invalid_transition', { action, status: state.status });
}

/** The criteria a screening marks: known codes only, each once, in the dictionary's order. */
export function screenCriteria(met: readonly string[], dictionary: readonly string[], field = 'body.criteria'): Outcome<string[]> {
  const known = new Set(dictionary);
  const i = met.findIndex((c) => !known.has(c));
  if (i >= 0) return fail(invalid('weakLax.unknown_criterion', `${field}.${i}`, { code: met[i] }));
  const wanted = new Set(met);
  return ok(dictionary.filter((c) => wanted.has(c)));
}

export interface DesignateInput {
  contactLeader: string;
  firstSecretary?: string | null;
}

/** 认定: only an organization the screening found meeting at least one criterion, with its county-level contact leader. */
export function designate(
  screenedCriteria: readonly string[],
  input: DesignateInput,
): Outcome<DesignationState & { contactLeader: string; firstSecretary: string | null }> {
  if (!screenedCriteria.length) return fail(conflict('weakLax.no_criteria'));
  const contactLeader = input.contactLeader.trim();
  if (!contactLeader) return fail(invalid('weakLax.contact_leader_required', 'body.contactLeader'));
  return ok({ status: 'designated', acceptedOn: null, lookBackOn: null, contactLeader, firstSecretary: input.firstSecretary?.trim() || null });
}

/** 一村一策: the plan's short text; writing it starts the rectification. */
export function plan(state: DesignationState, text: string): Outcome<DesignationState & { plan: string }> {
  const refused = guard(state, 'plan');
  if (refused) return fail(refused);
  const t = text.trim();
  if (!t) return fail(invalid('weakLax.plan_required', 'body.plan'));
  if (t.length > PLAN_MAX) return fail(invalid('weakLax.plan_too_long', 'body.plan', { max: PLAN_MAX }));
  return ok({ ...state, status: 'rectifying', plan: t });
}

/** A measure may be added while the case is designated or rectifying. */
export function canAddMeasure(state: DesignationState): Outcome<true> {
  const refused = guard(state, 'addMeasure');
  return refused ? fail(refused) : ok(true);
}

export interface AcceptInput {
  score: number;
  evidenceCount: number;
  on: IsoDate;
  passScore?: number;
}

export interface AcceptResult {
  passed: boolean;
  next: DesignationState;
}

/**
 * 验收: every measure signed off and evidence on record; the score passes at `passScore` (default 70).
 * Passing starts the year's watch with the look-back at +12 months; failing leaves the case rectifying.
 */
export function accept(state: DesignationState, measures: MeasureCount, input: AcceptInput): Outcome<AcceptResult> {
  const refused = guard(state, 'accept');
  if (refused) return fail(refused);
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100)
    return fail(invalid('weakLax.score_invalid', 'body.score', { value: input.score }));
  if (input.evidenceCount < 1) return fail(invalid('weakLax.evidence_required', 'body.fileIds'));
  if (measures.total < 1) return fail(conflict('weakLax.measures_required'));
  if (measures.signedOff < measures.total) return fail(conflict('weakLax.measures_open', { open: measures.total - measures.signedOff }));
  if (!isIsoDate(input.on)) throw new RangeError(`on must be a YYYY-MM-DD date, got ${JSON.stringify(input.on)}`);
  const passed = input.score >= (input.passScore ?? DEFAULT_PASS_SCORE);
  if (!passed) return ok({ passed, next: { ...state } });
  return ok({ passed, next: { status: 'watched', acceptedOn: input.on, lookBackOn: lookBackDate(input.on) } });
}

/** The look-back's date: a year after acceptance (2024-02-29 → 2025-02-28). */
export const lookBackDate = (acceptedOn: IsoDate): IsoDate => addMonths(acceptedOn, WATCH_MONTHS);

export const LOOK_BACK_OUTCOMES = ['consolidated', 'relapsed'] as const;
export type LookBackOutcome = (typeof LOOK_BACK_OUTCOMES)[number];

/**
 * After the look-back: consolidated → closed; relapsed → rectifying again (a new acceptance is needed).
 * Allowed once the look-back is due, or earlier when its ledger task was already signed off.
 */
export function closeLookBack(state: DesignationState, outcome: LookBackOutcome, today: IsoDate, lookBackTaskDone = false): Outcome<DesignationState> {
  const refused = guard(state, 'closeLookBack');
  if (refused) return fail(refused);
  if (!lookBackTaskDone && state.lookBackOn !== null && today < state.lookBackOn) return fail(conflict('weakLax.look_back_not_due', { on: state.lookBackOn }));
  return ok(outcome === 'consolidated' ? { ...state, status: 'closed' } : { status: 'rectifying', acceptedOn: null, lookBackOn: null });
}

/** What a manager may do next (the page's buttons); readers get none. */
export function weakLaxActions(state: DesignationState, measures: MeasureCount, today: IsoDate, canManage: boolean, lookBackTaskDone = false): WeakLaxAction[] {
  if (!canManage) return [];
  return WEAK_LAX_ACTIONS.filter((a) => {
    if (guard(state, a)) return false;
    if (a === 'accept') return measures.total > 0 && measures.signedOff === measures.total;
    if (a === 'closeLookBack') return lookBackTaskDone || state.lookBackOn === null || today >= state.lookBackOn;
    return true;
  });
}
