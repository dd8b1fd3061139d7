import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Every JSON answer an HTTP test receives is checked against its route's response schema before
 * the serializer touches it: a property the schema lacks would be dropped silently, a missing
 * required one or a null where the schema says string would reach the web as something else.
 * The check runs on the handler's value as JSON would carry it (dates as strings), so the
 * generated web types are proven against real answers by every HTTP test on both databases.
 */
const ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false });
addFormats.default(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function schemaFor(response: Record<string, unknown> | undefined, status: number): object | undefined {
  const r = response?.[String(status)] ?? response?.[`${String(status)[0]}xx`] ?? response?.default;
  if (!r || typeof r !== 'object') return undefined;
  const content = (r as { content?: Record<string, { schema?: object }> }).content;
  return content ? content['application/json']?.schema : (r as object);
}

/** The answers that broke their schema, kept so a test can also assert on them. */
export const responseViolations: string[] = [];

export function installResponseCheck(app: FastifyInstance): void {
  app.addHook('preSerialization', async (req, reply, payload) => {
    if (reply.statusCode < 200 || reply.statusCode >= 300) return payload;
    const schema = schemaFor(req.routeOptions.schema?.response as Record<string, unknown> | undefined, reply.statusCode);
    if (!schema) return payload;
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
    const sent = JSON.parse(JSON.stringify(payload)) as unknown;
    if (!validate(sent)) {
      const problems = (validate.errors ?? [])
        .slice(0, 40)
        .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
      const message = `${req.method} ${req.routeOptions.url} ${reply.statusCode} breaks its response schema: ${problems.join('; ')}`;
      responseViolations.push(message);
      console.error(message);
      if (process.env.H7_DISCOVER !== '1') throw new Error(message);
    }
    return payload;
  });
}
