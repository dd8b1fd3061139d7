/**
 * Prompts where people commonly enter vague data. Warnings are returned beside the saved record
 * (`warnings: [{ field, code, message }]`); errors block the write.
 */
export interface Prompt {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface MeasureDraft {
  title: string;
  deadline: string | null;
  ownerName?: string | null;
  ownerId?: number | null;
}

/** A measure without deadline or owner, or due after the problem's own deadline. */
export function measureWarnings(m: MeasureDraft, problemDeadline: string, prefix = 'body'): Prompt[] {
  const out: Prompt[] = [];
  if (!m.deadline) out.push({ field: `${prefix}.deadline`, code: 'problems.warn.measure_no_deadline', params: { title: m.title } });
  else if (m.deadline > problemDeadline)
    out.push({ field: `${prefix}.deadline`, code: 'problems.warn.measure_after_deadline', params: { title: m.title, deadline: m.deadline, problemDeadline } });
  if (!m.ownerId && !m.ownerName?.trim()) out.push({ field: `${prefix}.ownerName`, code: 'problems.warn.measure_no_owner', params: { title: m.title } });
  return out;
}

/** The whole problem: no measures yet, and each measure's own prompts. */
export function problemWarnings(p: { deadline: string }, measures: MeasureDraft[]): Prompt[] {
  if (!measures.length) return [{ field: 'measures', code: 'problems.warn.no_measures' }];
  return measures.flatMap((m, i) => measureWarnings(m, p.deadline, `measures.${i}`));
}

/** Dates that cannot both be right: a deadline before the problem was found. */
export function problemErrors(p: { foundOn?: string | null; deadline?: string | null }): Prompt[] {
  if (p.foundOn && p.deadline && p.deadline < p.foundOn)
    return [{ field: 'body.deadline', code: 'problems.deadline_before_found', params: { foundOn: p.foundOn } }];
  return [];
}

/** 验收 needs evidence: files (uploaded through /api/files) and a written comment. */
export function acceptanceErrors(input: { comment?: string | null; fileIds?: number[] | null }): Prompt[] {
  const out: Prompt[] = [];
  if (!input.fileIds?.length) out.push({ field: 'body.fileIds', code: 'problems.accept.evidence_required' });
  if (!input.comment?.trim()) out.push({ field: 'body.comment', code: 'problems.accept.comment_required' });
  return out;
}
