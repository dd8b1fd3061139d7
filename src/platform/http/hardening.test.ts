import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn, TestClient } from '../../../test/support/http.ts';

/** Issue #10, finding 11: uploads sniffed, no caching of API answers, the API map behind a login. */
const BOUNDARY = 'luoshi-hardening';
const upload = (c: TestClient, name: string, content: Buffer) =>
  c.request(
    'POST',
    '/api/files',
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  );

describe.each(dialects)('smaller hardening on %s', (dialect) => {
  const f = withCityApp(dialect);
  let east: TestClient;
  beforeAll(async () => {
    east = await loggedIn(f.app, 'liaison-east', PASSWORD);
  });

  it('refuses an executable or an HTML page named .pdf, and takes a real PDF', async () => {
    for (const content of [
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('\x7fELF\x02\x01', 'latin1'),
    ]) {
      const res = await upload(east, '报告.pdf', content);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('files.content');
      expect(res.json().message).toContain('报告.pdf');
    }
    expect((await upload(east, 'tool.txt', Buffer.from('MZ\x90\x00', 'latin1'))).statusCode).toBe(400);
    const ok = await upload(east, '报告.pdf', Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n'));
    expect(ok.statusCode, ok.body).toBe(201);
    const file = await east.get(`/api/files/${ok.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('no-store');
  });

  it('marks API answers no-store', async () => {
    const me = await east.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await new TestClient(f.app).get('/api/health')).headers['cache-control']).toBe('no-store');
  });

  it('shows the API map only to a logged-in user', async () => {
    const anonymous = new TestClient(f.app);
    expect((await anonymous.get('/api/docs/json')).statusCode).toBe(401);
    expect((await anonymous.get('/api/docs')).statusCode).toBe(401);
    const doc = await east.get('/api/docs/json');
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
  });
});
