import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';
import { officialSchedules } from '../../platform/calendar/index.ts';
import { calendarModule } from './index.ts';

describe.each(dialects)('the holiday schedule over HTTP on %s', (dialect) => {
  const s = withCityApp(dialect);

  it('only the secAdmin loads a year; everyone signed in reads it; the load is audited', async () => {
    const liaison = await loggedIn(s.app, 'liaison-east', PASSWORD);
    expect((await liaison.get('/api/calendar?year=2026')).json()).toEqual({ year: 2026, loaded: false, days: [], years: [] });
    for (const who of ['admin', 'auditor', 'supervisor', 'liaison-east']) {
      const c = await loggedIn(s.app, who, PASSWORD);
      expect((await c.post('/api/calendar/load', { text: officialSchedules[2026] })).statusCode, who).toBe(403);
    }
    const sec = await loggedIn(s.app, 'secadmin', PASSWORD);
    const res = await sec.post('/api/calendar/load', { text: officialSchedules[2026] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ years: [{ year: 2026, holidays: 33, workdays: 6 }] });
    const year = (await liaison.get('/api/calendar?year=2026')).json();
    expect(year.loaded).toBe(true);
    expect(year.days).toHaveLength(39);
    expect(year.days[0]).toEqual({ date: '2026-01-01', kind: 'holiday', name: '元旦' });
    const auditor = await loggedIn(s.app, 'auditor', PASSWORD);
    const log = (await auditor.get('/api/audit?pageSize=200')).json();
    expect(JSON.stringify(log)).toContain('calendar.load');
  });

  it('the page is in the secAdmin’s menu only (everyone may still read the schedule)', async () => {
    for (const [who, shown] of [
      ['secadmin', true],
      ['admin', false],
      ['auditor', false],
      ['liaison-east', false],
    ] as const) {
      const me = (await (await loggedIn(s.app, who, PASSWORD)).get('/api/me')).json();
      expect(me.menu.includes('admin.calendar'), who).toBe(shown);
    }
  });

  it('ctx.calendar counts working days with the stored schedule', async () => {
    const sec = await loggedIn(s.app, 'secadmin', PASSWORD);
    expect((await sec.post('/api/calendar/load', { text: officialSchedules[2026] })).statusCode).toBe(200);
    const cal = await s.t.ctx.calendar('2026-09-01', '2026-10-31');
    expect(cal.covers('2026-10-01')).toBe(true);
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect((await s.t.ctx.calendar('2027-01-01', '2027-01-31')).covers('2027-01-01')).toBe(false);
  });

  it('PUT replaces a year and names the bad day; nothing is written when one is bad', async () => {
    const sec = await loggedIn(s.app, 'secadmin', PASSWORD);
    const bad = await sec.put('/api/calendar/years/2027', {
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-30', kind: 'holiday', name: '春节' },
        { date: '2027-01-05', kind: 'workday', name: '' },
        { date: '2026-12-31', kind: 'holiday', name: '' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.days.1.date', 'body.days.2.kind', 'body.days.3.date']);
    expect(bad.json().errors[2].message).toContain('2026-12-31 不在 2027 年');
    expect((await sec.get('/api/calendar?year=2027')).json().loaded).toBe(false);
    const ok = await sec.put('/api/calendar/years/2027', { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ year: 2027, loaded: true, days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] });
    expect((await sec.put('/api/calendar/years/2027', { days: [] })).json().loaded).toBe(false);
    expect((await sec.put('/api/calendar/years/1800', { days: [] })).statusCode).toBe(400);
  });

  it('a bad text is rejected whole, each problem naming its line, in the user’s language', async () => {
    const sec = await loggedIn(s.app, 'secadmin', PASSWORD);
    const text = '# test\n2028-01-01 holiday 元旦\n2028-01-04 workday\n2028-02-30 holiday\n2028-01-01 holiday 元旦\n';
    const zh = await sec.post('/api/calendar/load', { text });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'body.text: 第 3 行：2028-01-04 不是周六或周日，不能作为调休上班日',
      'body.text: 第 4 行：日期“2028-02-30”无效，应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD',
      'body.text: 第 5 行：日期 2028-01-01 出现了两次',
    ]);
    const en = await sec.post('/api/calendar/load', { text }, { 'accept-language': 'en-US' });
    expect(en.json().errors[0].message).toBe('body.text: line 3: 2028-01-04 is not a Saturday or Sunday, so it cannot be a make-up working day');
    expect((await sec.get('/api/calendar?year=2028')).json().loaded).toBe(false);
    expect((await sec.post('/api/calendar/load', { text: '# nothing\n' })).json().errors[0].code).toBe('calendar.empty');
    expect((await sec.get('/api/calendar?year=abc')).statusCode).toBe(400);
  });

  it('demo data ships the published official years and leaves loaded ones alone', async () => {
    await s.t.ctx.db.deleteFrom('calendar_days').execute();
    await calendarModule.seedDemo!(s.t.ctx);
    const cal = await s.t.ctx.calendar('2026-01-01', '2026-12-31');
    expect(cal.years).toEqual([2026]);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});
