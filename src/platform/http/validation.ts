import type { FieldError } from '../errors.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Turns Ajv's errors into one entry per bad field, named like `body.username` or `query.page`. An `if`
 * error (a field one value of another requires: "must match then") only sums up the errors of its
 * `then`, which name the field: it is left out.
 */
export function fieldErrorsFromAjv(errors: AjvError[], context: string): FieldError[] {
  return errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const path = e.instancePath.replace(/^\//, '').split('/').filter(Boolean);
      if (e.keyword === 'required') path.push(String(e.params.missingProperty));
      const field = [context, ...path].join('.');
      switch (e.keyword) {
        case 'required':
          return { field, code: 'validation.required' };
        case 'type':
          return { field, code: 'validation.type', params: { type: e.params.type } };
        case 'minLength':
        case 'maxLength':
        case 'minimum':
        case 'maximum':
        case 'minItems':
        case 'maxItems':
          return { field, code: `validation.${e.keyword}`, params: { limit: e.params.limit } };
        case 'enum':
          return { field, code: 'validation.enum', params: { values: (e.params.allowedValues as unknown[]).join(', ') } };
        case 'format':
          return { field, code: e.params.format === 'date' ? 'validation.date' : 'validation.format', params: { format: e.params.format } };
        case 'pattern':
          return { field, code: 'validation.pattern' };
        case 'additionalProperties':
          return { field, code: 'validation.additionalProperties', params: { property: e.params.additionalProperty } };
        default:
          return { field, code: 'validation.other' };
      }
    });
}
