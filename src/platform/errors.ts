/**
 * Coded errors. Domain and service code say what went wrong (a code with params and a kind);
 * the HTTP layer alone turns the kind into a status and the code into a localized message.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'locked' | 'tooLarge' | 'tooMany';

export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  /** A module whose messages need more than {param} interpolation formats them itself. */
  format?: (locale: 'zh-CN' | 'en-US') => string;
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('common.not_found', 'notFound');
/** A 403 naming why. @public (kit, beside notFound and invalid) */
export const forbidden = (code = 'common.forbidden', params: Record<string, unknown> = {}) => new AppError(code, 'forbidden', params);
export const invalid = (code: string, params: Record<string, unknown> = {}, fields: FieldError[] = []) => new AppError(code, 'invalid', params, fields);
export const fieldError = (field: string, code: string, params: Record<string, unknown> = {}) =>
  new AppError('validation.failed', 'invalid', {}, [{ field, code, params }]);
