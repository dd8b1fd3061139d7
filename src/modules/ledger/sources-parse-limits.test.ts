import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { multipartBody, multipartHeaders } from '../../../test/support/upload.ts';

/** A long but legitimate plan: sections of long items, well under the item limit. */
function largePlan(sections: number, perSection: number, filler: number): string {
  const lines = ['X市大型工作方案'];
  const cn = (n: number) => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n % 10];
  for (let s = 0; s < sections; s++) {
    lines.push(`${cn(s)}、第${s + 1}部分重点任务`);
    for (let i = 1; i <= perSection; i++)
      lines.push(`${i}.推进第${s + 1}部分第${i}项工作，${'认真组织实施并加强督促检查，'.repeat(filler)}年底前完成。（牵头单位：东城区）`);
  }
  return lines.join('\n');
}

describe.each(dialects)('parsing off the main thread, with limits, on %s', (dialect) => {
  const s = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;

  beforeAll(async () => {
    sup = await s.login('supervisor');
  });

  const post = (name: string, data: Uint8Array | string, locale = 'zh-CN') => {
    return sup.request('POST', '/api/sources/parse', multipartBody(data, {}, name), { ...multipartHeaders, 'accept-language': locale });
  };

  it('keeps /api/health answering while a large document parses', async () => {
    // Over a real socket: the server must serve other connections while the parse runs.
    const base = await s.app.listen({ port: 0, host: '127.0.0.1' });
    const text = largePlan(9, 300, 40); // ≈ 1.6 M characters, 2,700 items
    const payload = multipartBody(text, {}, 'large.txt');
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'supervisor', password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    let done = false;
    const parsing = fetch(`${base}/api/sources/parse`, {
      method: 'POST',
      body: new Uint8Array(payload),
      headers: { ...multipartHeaders, cookie, 'x-csrf-token': csrf },
    }).finally(() => {
      done = true;
    });
    // Health checks one after another for as long as the parse runs, each answered.
    let answered = 0;
    while (!done) {
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      answered++;
    }
    const res = await parsing;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(9);
    // The parse never held the event loop: on the main thread the same parse lets only 2 health
    // checks through, however fast the machine. Counted, not timed: a latency budget fails on a
    // busy machine rather than on a parse that blocks.
    expect(answered).toBeGreaterThanOrEqual(5);
  });

  it('refuses text past the length limit with a 400 naming it, localized', async () => {
    const res = await post('long.txt', '字'.repeat(2_000_001));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'parser.textTooLong' });
    expect(res.body).toContain('200 万字');
    const en = await post('long.txt', '字'.repeat(2_000_001), 'en-US');
    expect(en.body).toContain('2,000,000 characters');
  });

  it('refuses an outline past the item limit', async () => {
    // 10 sections × 10 subsections × 60 items: 6,110 items in three levels.
    const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const lines = ['X市清单'];
    for (const a of cn) {
      lines.push(`${a}、第${a}部分`);
      for (const b of cn) {
        lines.push(`（${b}）第${b}方面`);
        for (let i = 1; i <= 60; i++) lines.push(`${i}.做好第${i}项工作。`);
      }
    }
    const res = await post('many.txt', lines.join('\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'parser.tooManyItems' });
    expect(res.body).toContain('5000');
  });

  it('refuses a .docx that expands past the limit (a zip bomb) and stays up', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>大</w:t></w:r></w:p>'.repeat(600_000)}</w:body></w:document>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const res = await post('bomb.docx', bomb);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'parser.tooLargeExpanded' });
    expect((await s.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
