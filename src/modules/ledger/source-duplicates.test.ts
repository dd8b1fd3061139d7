// Issue #9: entering the same document twice is warned about before publishing: the sources with the
// same title or the same whole text, each saying which, only those the reader sees.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { aSource } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/http.ts';

interface Duplicate {
  id: number;
  title: string;
  createdAt: string;
  taskCount: number;
  sameTitle: boolean;
  sameText: boolean;
}

describe.each(dialects)('duplicate sources, on %s', (dialect) => {
  const fx = withCityApp(dialect, { now: '2026-03-01T02:00:00.000Z' });
  let sup: TestClient;
  let first: number;
  let second: number;

  beforeAll(async () => {
    sup = await fx.login('supervisor');
    first = (
      await aSource(sup, { title: '关于做好下半年组织工作的通知', text: '一、抓好换届。\n二、整顿软弱涣散基层党组织。', items: [{ title: '抓好换届' }] })
    ).id;
    second = (await aSource(sup, { title: '全市组织工作会议讲话', text: '同志们：今天召开会议。' })).id;
  });

  const duplicates = async (body: Record<string, unknown>) => {
    const res = await sup.post('/api/sources/duplicates', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: Duplicate[] };
  };

  it('finds a source by the same title, ignoring the spaces around it', async () => {
    const r = await duplicates({ title: '  关于做好下半年组织工作的通知 ' });
    expect(r.items.map((i) => [i.id, i.sameTitle, i.sameText, i.taskCount])).toEqual([[first, true, false, 1]]);
  });

  it('finds a source by the same whole text under another title, and says both when both match', async () => {
    const byText = await duplicates({ title: '新标题', text: '同志们：今天召开会议。' });
    expect(byText.items.map((i) => [i.id, i.sameTitle, i.sameText])).toEqual([[second, false, true]]);
    const both = await duplicates({ title: '全市组织工作会议讲话', text: '同志们：今天召开会议。' });
    expect(both).toMatchObject({ total: 1, items: [{ id: second, sameTitle: true, sameText: true }] });
  });

  it('finds nothing for a new document, or for an empty title and text', async () => {
    expect((await duplicates({ title: '另一份文件', text: '别的内容' })).total).toBe(0);
    expect((await duplicates({ title: ' ', text: '' })).total).toBe(0);
  });

  it('is for those who enter sources, and names a bad field', async () => {
    const east = await fx.login('liaison-east');
    expect((await east.post('/api/sources/duplicates', { title: '全市组织工作会议讲话' })).statusCode).toBe(403);
    const bad = await sup.post('/api/sources/duplicates', { title: 'x'.repeat(301) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('title');
  });
});
