/** A field error as the server sends it: field like `body.username` or `body.grants.0.roleId`. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  errors?: FieldError[];
  params?: Record<string, unknown>;
}

/** Every failed call throws this; `message` is already in the user's language (the server localizes it). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];
  readonly params: Record<string, unknown>;
  /** The whole answer, for the few 4xx that carry a result (an import rejected with its row errors). */
  readonly body: ErrorBody & Record<string, unknown>;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.errors = body.errors ?? [];
    this.params = body.params ?? {};
    this.body = body as ErrorBody & Record<string, unknown>;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** `body.grants.0.roleId` → ['grants', 0, 'roleId']: the name path an antd Form uses. */
export function fieldPath(field: string): (string | number)[] {
  const parts = field.split('.');
  if (['body', 'query', 'params', 'querystring'].includes(parts[0]) && parts.length > 1) parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The server prefixes each field message with the field name; under the input that is noise. */
export function fieldMessage(e: FieldError): string {
  const prefix = `${e.field}: `;
  return e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}
