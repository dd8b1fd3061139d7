import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';

describe.each(dialects)('saved ledger views on %s', (dialect) => {
  const f = withCityApp(dialect);

  it('saves, lists, refuses a duplicate name, and deletes a user’s own views', async () => {
    const sup = await loggedIn(f.app, 'supervisor', PASSWORD);
    expect((await sup.get('/api/saved-views')).json()).toEqual({ items: [] });

    const created = await sup.post('/api/saved-views', {
      name: ' 东城区逾期 ',
      query: '?light=red&unitId=3',
      columns: ['number', 'title', 'title', 'deadline'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ name: '东城区逾期', query: 'light=red&unitId=3', columns: ['number', 'title', 'deadline'] });
    expect(view.id).toBeGreaterThan(0);
    expect(typeof view.createdAt).toBe('string');

    const dup = await sup.post('/api/saved-views', { name: '东城区逾期', query: '', columns: [] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'ledger.saved_view_exists' });
    expect(dup.json().message).toContain('东城区逾期');
    const dupEn = await sup.post('/api/saved-views', { name: '东城区逾期', query: '', columns: [] }, { 'accept-language': 'en-US' });
    expect(dupEn.json().message).toContain('already have a saved view');

    await sup.post('/api/saved-views', { name: '全部', query: '', columns: [] });
    expect((await sup.get('/api/saved-views')).json().items.map((v: { name: string }) => v.name)).toEqual(['东城区逾期', '全部']);

    const del = await sup.delete(`/api/saved-views/${view.id}`);
    expect(del.statusCode).toBe(204);
    expect((await sup.get('/api/saved-views')).json().items.map((v: { name: string }) => v.name)).toEqual(['全部']);
    expect((await sup.delete(`/api/saved-views/${view.id}`)).statusCode).toBe(404);
    // The name is free again once deleted.
    expect((await sup.post('/api/saved-views', { name: '东城区逾期', query: 'light=red', columns: [] })).statusCode).toBe(201);
  });

  it('another user’s views are invisible and cannot be deleted; names are per user', async () => {
    const sup = await loggedIn(f.app, 'supervisor', PASSWORD);
    const east = await loggedIn(f.app, 'liaison-east', PASSWORD);
    const mine = (await sup.post('/api/saved-views', { name: '我的视图', query: 'status=dispatched', columns: ['title'] })).json();

    expect((await east.get('/api/saved-views')).json()).toEqual({ items: [] });
    expect((await east.delete(`/api/saved-views/${mine.id}`)).statusCode).toBe(404);
    const same = await east.post('/api/saved-views', { name: '我的视图', query: '', columns: [] });
    expect(same.statusCode, same.body).toBe(201);
    expect((await east.get('/api/saved-views')).json().items).toEqual([same.json()]);
    expect((await sup.get('/api/saved-views')).json().items.map((v: { id: number }) => v.id)).toContain(mine.id);
  });

  it('validates the body and needs ledger.read', async () => {
    const sup = await loggedIn(f.app, 'supervisor', PASSWORD);
    expect((await sup.post('/api/saved-views', { name: '   ', query: '', columns: [] })).statusCode).toBe(400);
    expect((await sup.post('/api/saved-views', { name: 'x', query: '' })).statusCode).toBe(400);
    const admin = await loggedIn(f.app, 'admin', PASSWORD);
    expect((await admin.get('/api/saved-views')).statusCode).toBe(403);
  });
});
