import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestContext, type TestContext } from '../../../test/support/db.ts';
import { testApp } from '../../../test/support/http.ts';
import { REPORTING_CYCLE_KINDS, TASK_STATES } from './domain/index.ts';
import { TIMELINE_KINDS } from './index.ts';

type Schema = { $ref?: string; type?: unknown; enum?: unknown[]; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: unknown };
interface Doc {
  paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Fields that name one of a closed list of values: their answers are enums, so the web's unions come from the generated file. */
const CLOSED = /^(state|status|kind|action|review|light)$/;

/** Every `where: field` under `schema` named as a closed list but typed as any string. */
function openStrings(doc: Doc, schema: Schema | undefined, where: string, seen = new Set<Schema>()): string[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  if (schema.$ref) return openStrings(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!], where, seen);
  const found: string[] = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const types = [prop.type].flat();
    if (CLOSED.test(name) && types.includes('string') && !prop.enum) found.push(`${where}.${name}`);
    found.push(...openStrings(doc, prop, `${where}.${name}`, seen));
  }
  if (schema.items) found.push(...openStrings(doc, schema.items, `${where}[]`, seen));
  if (typeof schema.additionalProperties === 'object') found.push(...openStrings(doc, schema.additionalProperties as Schema, `${where}{}`, seen));
  return found;
}

/** Issue #8: the ledger's answers name their states, statuses and kinds from the domain's lists. */
describe("the ledger's answers", () => {
  let t: TestContext;
  let app: FastifyInstance;
  let doc: Doc;
  beforeAll(async () => {
    t = await openTestContext('sqlite');
    app = await testApp(t.ctx);
    await app.ready();
    doc = app.swagger() as unknown as Doc;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('type every state, status, kind, action and review as an enum', () => {
    const found: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        if (!op.tags?.some((tag) => ['ledger', 'sources', 'instructions', 'saved-views'].includes(tag))) continue;
        for (const [status, res] of Object.entries(op.responses ?? {}))
          for (const c of Object.values(res.content ?? {})) found.push(...openStrings(doc, c.schema, `${method.toUpperCase()} ${path} ${status}`));
      }
    expect(found).toEqual([]);
  });

  it("take the lists from the domain: the task's state, the reporting cycle's kind, the history's actions", () => {
    const task = doc.paths['/api/tasks/{id}']!.get!.responses!['200']!.content!['application/json']!.schema!;
    const detail = task.$ref ? doc.components!.schemas![task.$ref.split('/').pop()!]! : task;
    expect(detail.properties!.state!.enum).toEqual([...TASK_STATES]);
    expect(detail.properties!.reportingCycle!.properties!.kind!.enum).toEqual([...REPORTING_CYCLE_KINDS]);
    const history = doc.paths['/api/tasks/{id}/timeline']!.get!.responses!['200']!.content!['application/json']!.schema!;
    expect(history.properties!.items!.items!.properties!.action!.enum).toEqual([...TIMELINE_KINDS]);
  });
});
