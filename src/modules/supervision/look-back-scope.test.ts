import { describe, expect, it } from 'vitest';
import { withCityApp } from '../../../test/support/city-app.ts';

interface FieldError {
  field: string;
  message: string;
}

/** Issue #8: what a look-back's scope requires is in its schema, so one 400 names every missing or bad field, in the user's words. */
describe('the look-back body: fields its scope requires', () => {
  const fx = withCityApp('sqlite');
  const errors = async (body: unknown, lang = 'zh-CN') => {
    const sup = await fx.login('supervisor');
    const res = await sup.post('/api/look-backs', body, { 'accept-language': lang });
    expect(res.statusCode, res.body).toBe(400);
    return (res.json().errors as FieldError[]).map((e) => e.message);
  };

  it("one source's look-back without its source, or a sample without its percent, is a 400 naming the missing field", async () => {
    expect(await errors({ scope: 'source' })).toEqual(['body.sourceId: 必填项']);
    expect(await errors({ scope: 'sample' }, 'en-US')).toEqual(['body.percent: is required']);
  });

  it('names the missing field together with any other bad one (the schema checks all at once, before the service)', async () => {
    const found = await errors({ scope: 'sample', note: 'x'.repeat(2001) });
    expect(found.map((e) => e.split(':')[0]).sort()).toEqual(['body.note', 'body.percent']);
  });

  it('the OpenAPI document says which scope needs which field', async () => {
    await fx.app.ready();
    type Rule = { if: { properties: { scope: Record<string, unknown> } }; then: { required: string[] } };
    const doc = fx.app.swagger() as unknown as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { allOf?: Rule[] } }> } }>>;
    };
    const body = doc.paths['/api/look-backs']!.post!.requestBody.content['application/json']!.schema;
    // The document writes a `const` as a one-value enum.
    const rules = body.allOf!.map((r) => [JSON.stringify(r.if.properties.scope), r.then.required]);
    expect(rules).toEqual([
      [JSON.stringify({ enum: ['source'] }), ['sourceId']],
      [JSON.stringify({ enum: ['sample'] }), ['percent']],
    ]);
  });
});
