import { describe, expect, it } from 'vitest';
import { withCityApp } from '../../../test/support/city-app.ts';
import limits from '../../../shared/password-policy.json' with { type: 'json' };

interface Doc {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { minimum?: number; maximum?: number }> } }> } }>
  >;
}

/** Issue #8: the policy's limits written once (shared/password-policy.json), read by the server's schema and the web's form. */
describe('the password policy limits', () => {
  const s = withCityApp('sqlite');

  it("the schema of PUT /api/policy carries every field's min and max, the file the web's form reads too", async () => {
    await s.app.ready();
    const doc = s.app.swagger() as unknown as Doc;
    const body = doc.paths['/api/policy']!.put!.requestBody!.content['application/json']!.schema;
    const declared = Object.fromEntries(Object.entries(body.properties).map(([k, v]) => [k, { min: v.minimum, max: v.maximum }]));
    expect(declared).toEqual(limits);
  });

  it('a value one past either limit is a 400 naming its field; the limits themselves are taken', async () => {
    const sec = await s.login('secadmin');
    const policy = (await sec.get('/api/policy')).json();
    for (const [field, { min, max }] of Object.entries(limits)) {
      for (const bad of [min - 1, max + 1]) {
        const res = await sec.put('/api/policy', { ...policy, [field]: bad });
        expect(res.statusCode, `${field}=${bad}`).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([`body.${field}`]);
      }
    }
    const edges = await sec.put('/api/policy', Object.fromEntries(Object.entries(limits).map(([k, v]) => [k, k === 'lockoutThreshold' ? v.max : v.min])));
    expect(edges.statusCode, edges.body).toBe(200);
  });
});
