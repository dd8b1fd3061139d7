import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { AppError, type FieldError } from '../errors.ts';
import { ID_PATTERN, MAX_ID, MAX_IDS } from './schemas.ts';

/**
 * Request input the schemas alone do not stop (issue #10, finding 4 and 11): unbounded arrays and
 * integers, ids with spaces, bodies nested deep enough to overflow the validator, NUL characters
 * and lone surrogates. One place for all routes, so a new route cannot forget it.
 */
export const MAX_DEPTH = 32;

type Schema = Record<string, unknown>;

/** Gives every request array a maxItems and every request integer a maximum, where the route set none. */
export function boundSchema(schema: unknown, seen = new Set<unknown>()): void {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  const s = schema as Schema;
  if (s.type === 'array' && s.maxItems === undefined) s.maxItems = MAX_IDS;
  if (s.type === 'integer' && s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = MAX_ID;
  for (const key of ['properties', 'content', 'patternProperties', 'definitions', '$defs']) {
    const group = s[key];
    if (group && typeof group === 'object') for (const v of Object.values(group)) boundSchema(v, seen);
  }
  for (const key of ['items', 'schema', 'additionalProperties', 'not']) boundSchema(s[key], seen);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) for (const v of s[key] as unknown[]) boundSchema(v, seen);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badCharacter(s: string): boolean {
  return s.includes('\u0000') || LONE_SURROGATE.test(s);
}

/** The first problem in a parsed JSON body: too deep, or a string PostgreSQL cannot store. */
export function bodyProblem(value: unknown, path: string, depth = 0): FieldError | null {
  if (depth > MAX_DEPTH) return { field: path, code: 'validation.too_deep', params: { limit: MAX_DEPTH } };
  if (typeof value === 'string') return badCharacter(value) ? { field: path, code: 'validation.bad_character' } : null;
  if (!value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = bodyProblem(value[i], `${path}.${i}`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (badCharacter(k)) return { field: path, code: 'validation.bad_character' };
    const p = bodyProblem(v, `${path}.${k}`, depth + 1);
    if (p) return p;
  }
  return null;
}

function integerParams(req: FastifyRequest): string[] {
  const props = (req.routeOptions.schema?.params as Schema | undefined)?.properties as Record<string, Schema> | undefined;
  return props ? Object.keys(props).filter((k) => props[k].type === 'integer') : [];
}

export function installInputGuards(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as Schema | undefined;
    if (!schema) return;
    for (const part of ['body', 'querystring', 'params']) boundSchema(schema[part]);
  });
  app.addHook('preValidation', async (req) => {
    const fields: FieldError[] = [];
    const raw = req.params as Record<string, string> | undefined;
    for (const k of integerParams(req)) {
      if (typeof raw?.[k] === 'string' && !ID_PATTERN.test(raw[k])) fields.push({ field: `params.${k}`, code: 'validation.id' });
    }
    const query = req.query as Record<string, unknown> | undefined;
    const q = query ? bodyProblem(query, 'query') : null;
    if (q) fields.push(q);
    const b = req.body !== undefined && !Buffer.isBuffer(req.body) ? bodyProblem(req.body, 'body') : null;
    if (b) fields.push(b);
    if (fields.length) throw new AppError('validation.failed', 'invalid', {}, fields);
  });
}

/** Body fields that hold ids (`ownerId`, `fileIds`, `measures.0.ownerId`), for naming a broken reference. */
export function idFields(value: unknown, path: string, out: { field: string; key: string }[] = [], depth = 0): { field: string; key: string }[] {
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return out;
  for (const [k, v] of Object.entries(value)) {
    const field = `${path}.${k}`;
    if (/Ids?$/.test(k) && v !== null && v !== undefined && (typeof v === 'number' || Array.isArray(v))) out.push({ field, key: k });
    else if (typeof v === 'object') idFields(v, field, out, depth + 1);
  }
  return out;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A foreign-key violation means the request named a row that does not exist. PostgreSQL says which
 * column (`Key (owner_id)=(9) is not present…`); SQLite does not, so every id field sent is named.
 */
export function foreignKeyFields(err: unknown, body: unknown): FieldError[] | null {
  const e = err as { code?: string; detail?: string; message?: string };
  const pg = e.code === '23503';
  if (!pg && e.code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') return null;
  const candidates = idFields(body, 'body');
  const column = pg ? /Key \(([a-z_]+)\)/.exec(e.detail ?? '')?.[1] : undefined;
  const named = column ? candidates.filter((c) => c.key === camel(column) || c.key === `${camel(column)}s`) : [];
  const chosen = named.length ? named : candidates;
  if (!chosen.length) return [{ field: 'body', code: 'validation.reference_not_found' }];
  return chosen.map((c) => ({ field: c.field, code: 'validation.reference_not_found' }));
}

/** busboy's words for a multipart body it cannot read: a client error, not a server one. */
export function isBadMultipart(err: unknown, req: FastifyRequest): boolean {
  const message = (err as Error)?.message ?? '';
  return /^multipart\//i.test(req.headers['content-type'] ?? '') && /boundary|unexpected end|malformed|multipart/i.test(message);
}
