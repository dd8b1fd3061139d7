import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn, type TestClient } from '../../../test/support/http.ts';

/** Issue #10, finding 4 and part of 11: bad input answers a 400 naming the field, never a 500. */
describe.each(dialects)('bad input is a 400, not a 500, on %s', (dialect) => {
  const f = withCityApp(dialect);
  let sup: TestClient;
  beforeAll(async () => {
    sup = await loggedIn(f.app, 'supervisor', PASSWORD);
  });
  const fieldsOf = (res: { json(): { errors?: { field: string }[] } }) => (res.json().errors ?? []).map((e) => e.field);

  it('a reference to a row that does not exist names the field', async () => {
    for (const key of ['ownerId', 'liaisonId', 'parentId', 'sourceId']) {
      const res = await sup.post('/api/tasks', { title: '测试任务', leadUnitId: f.city.units.east, [key]: 999999 });
      expect(res.statusCode, `${key}: ${res.body}`).toBe(400);
      expect(fieldsOf(res)).toContain(`body.${key}`);
      expect(res.json().message).toContain('引用的记录不存在');
    }
  });

  it('bounds page numbers and id arrays', async () => {
    for (const url of ['/api/tasks', '/api/sources', '/api/notifications', '/api/users', '/api/audit']) {
      const res = await sup.get(`${url}?page=1e300`);
      expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
      if (res.statusCode !== 403) expect(res.statusCode).toBe(400);
    }
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1);
    const res = await sup.post('/api/tasks', { title: '测试任务', supportingUnitIds: ids });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain('body.supportingUnitIds');
  });

  it('refuses a body nested too deep before the validator sees it', async () => {
    let items: unknown = [];
    for (let i = 0; i < 1000; i++) items = [{ title: 'x', start: 0, end: 1, children: items }];
    const res = await sup.post('/api/sources', { kind: 'speech', title: 't', text: 't', items });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].code).toBe('validation.too_deep');
  });

  it('answers 400 to broken multipart bodies and a parse with no body', async () => {
    const noBoundary = await sup.request('POST', '/api/sources/parse', 'abc', { 'content-type': 'multipart/form-data' });
    expect(noBoundary.statusCode, noBoundary.body).toBe(400);
    const truncated = await sup.request('POST', '/api/files', '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello', {
      'content-type': 'multipart/form-data; boundary=XYZ',
    });
    expect(truncated.statusCode, truncated.body).toBe(400);
    const empty = await sup.request('POST', '/api/sources/parse', undefined, { 'content-type': 'application/json' });
    expect(empty.statusCode, empty.body).toBe(400);
    const badDate = await sup.request(
      'POST',
      '/api/sources/parse',
      '--XYZ\r\nContent-Disposition: form-data; name="refDate"\r\n\r\nnot-a-date\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n一、加强建设\r\n--XYZ--\r\n',
      { 'content-type': 'multipart/form-data; boundary=XYZ' },
    );
    expect(badDate.statusCode, badDate.body).toBe(400);
    expect(fieldsOf(badDate)).toContain('body.refDate');
  });

  it('reads path ids strictly: " 1", "+1", "1e0", "01" are 400s', async () => {
    const id = f.city.users.leader;
    expect((await sup.get(`/api/tasks/999999`)).statusCode).toBe(404);
    for (const bad of [` ${id}`, `+${id}`, `${id}.0`, `0${id}`, '1e0', '99999999999999999999']) {
      const res = await sup.get(`/api/tasks/${encodeURIComponent(bad)}`);
      expect(res.statusCode, `"${bad}"`).toBe(400);
      expect(fieldsOf(res)).toContain('params.id');
    }
  });

  it('refuses NUL characters and lone surrogates in JSON strings', async () => {
    for (const title of ['a\u0000b', 'a\ud800b', 'a\udc00']) {
      const res = await sup.post('/api/tasks', { title, leadUnitId: f.city.units.east });
      expect(res.statusCode, JSON.stringify(title)).toBe(400);
      expect(fieldsOf(res)).toContain('body.title');
    }
    const ok = await sup.post('/api/tasks', { title: '带表情😀的任务', leadUnitId: f.city.units.east });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
