/**
 * Coded errors of the ledger's rules. The domain knows nothing about HTTP: the platform maps each
 * code to a status (forbidden → 403, the rest → 409/422) and to a message from messages.ts.
 */
export const DOMAIN_ERROR_CODES = [
  'task.invalid_transition',
  'task.forbidden',
  'task.reason_required',
  'task.deadline_required',
  'task.invalid_date',
  'task.deadline_not_later',
  'task.deadline_in_past',
  'task.lead_unit_required',
  'task.extension_pending',
  'task.extension_after_deadline',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface DomainError {
  code: DomainErrorCode;
  /** Values for the message placeholders; `action` and `state` are identifiers, labelled on output. */
  params: Record<string, string>;
}

export function domainError(code: DomainErrorCode, params: Record<string, string> = {}): DomainError {
  return { code, params };
}
