/**
 * Response objects are complete and closed unless they say otherwise: every property an object
 * schema lists is required and no other is sent. The serializer then fails on a field a handler
 * forgot (instead of the web reading `undefined`), and the OpenAPI document, hence the web's
 * generated types, says exactly what arrives. An object that really omits a property declares its
 * own `required` list; one that passes through stored JSON says `additionalProperties: true`.
 * Applied to every route's success responses in app.ts, so no module can forget it.
 */
type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema => !!v && typeof v === 'object' && !Array.isArray(v);

/** A copy of `schema` with the defaults above filled in at every depth; module constants stay untouched. */
export function completeResponse(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(completeResponse);
  if (!isSchema(schema) || '$ref' in schema) return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && isSchema(v)) out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, completeResponse(s)]));
    else if (k === 'items' || k === 'additionalProperties' || k === 'anyOf' || k === 'oneOf' || k === 'allOf') out[k] = completeResponse(v);
    else out[k] = v;
  }
  if (isSchema(out.properties)) {
    out.required ??= Object.keys(out.properties);
    out.additionalProperties ??= false;
  }
  return out;
}

/** Completes each success (2xx) response of a route's `schema.response`; error shapes are left as declared. */
export function completeResponses(response: Record<string, unknown>): void {
  for (const [status, r] of Object.entries(response)) {
    if (!/^2/.test(status)) continue;
    // A response may be a bare schema or `{ description, content: { mime: { schema } } }`.
    if (isSchema(r) && isSchema(r.content)) {
      const content = Object.fromEntries(Object.entries(r.content).map(([mime, c]) => [mime, isSchema(c) ? { ...c, schema: completeResponse(c.schema) } : c]));
      response[status] = { ...r, content };
    } else response[status] = completeResponse(r);
  }
}
