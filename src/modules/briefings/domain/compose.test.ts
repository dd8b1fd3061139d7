import { describe, expect, it } from 'vitest';
import { composeBriefing, defaultTitle, editBriefing, tableRows, type BriefingFigures } from './compose.ts';

const figures: BriefingFigures = {
  scopeName: 'X市',
  from: '2026-06-01',
  to: '2026-06-30',
  asOf: '2026-07-01',
  active: 120,
  signedOff: 30,
  completionRate: '25%',
  signedOffInPeriod: 12,
  dispatchedInPeriod: 8,
  onTimeRate: '91.7%',
  overdue: 3,
  lagging: 7,
  completion: 0.25,
  onTime: 0.917,
  rule: { minTasks: 3 },
  rows: [
    { unit: 'X市（本级）', total: 10, signedOff: 9, rate: '90%', overdue: 0, completion: 0.9, onTime: null, own: true },
    { unit: '市委组织部', total: 20, signedOff: 10, rate: '50%', overdue: 0, completion: 0.5, onTime: 1 },
    { unit: '东城区', total: 40, signedOff: 12, rate: '30%', overdue: 2, completion: 0.3, onTime: 0.95 },
    { unit: '西城区', total: 30, signedOff: 6, rate: '20%', overdue: 1, completion: 0.2, onTime: 1 },
    { unit: '南湖区', total: 2, signedOff: 2, rate: '100%', overdue: 0, completion: 1, onTime: 1 },
    { unit: '北山县', total: 18, signedOff: 1, rate: '5.6%', overdue: 0, completion: 0.056, onTime: 0 },
    { unit: '安定镇', total: 0, signedOff: 0, rate: '—', overdue: 0, completion: null, onTime: null },
  ],
  commended: [],
  overdueUnits: [{ unit: '南湖区', count: 6, tasks: [{ number: '3.1', title: '完成软弱涣散党组织整顿', deadline: '2026-06-15' }] }],
};

describe('briefing text', () => {
  it('titles a calendar month as X月份, any other period by its dates', () => {
    expect(defaultTitle('2026-06-01', '2026-06-30')).toBe('关于6月份重点任务推进情况的通报');
    expect(defaultTitle('2026-04-01', '2026-06-30')).toBe('关于2026年4月1日至2026年6月30日重点任务推进情况的通报');
    expect(defaultTitle('2026-06-01', '2026-06-20')).toBe('关于2026年6月1日至2026年6月20日重点任务推进情况的通报');
  });
  it('states the figures, commends the top units and names what is overdue', () => {
    const c = composeBriefing(figures, '市委组织部');
    const text = Object.fromEntries(c.sections.map((s) => [s.key, s.text]));
    expect(text.overview).toBe(
      '截至2026年7月1日，X市共有在办和已办结重点任务120项，已销号30项，完成率25%；逾期未完成3项，进度滞后或临近时限7项。2026年6月1日至2026年6月30日，新下达任务8项，销号12项，按期完成率91.7%。',
    );
    // Above both averages with enough tasks: 东城区 only. Not 西城区 (completion below), not 南湖区 (2 tasks),
    // not the issuer 市委组织部, not the scope's own row.
    expect(c.figures.commended).toEqual(['东城区']);
    expect(text.commended).toBe('按照任务数不少于3项、任务完成率和按期完成率均高于X市平均完成率25%、平均按期完成率91.7%的标准，东城区推进有力，予以通报表扬。');
    expect(text.table).toContain('按完成率从高到低排列');
    expect(text.table).toContain('另有1个单位本期无任务，未列入');
    expect(text.overdue).toContain('南湖区逾期6项：3.1 完成软弱涣散党组织整顿（时限2026年6月15日）等。');
    expect(text.nextSteps).toContain('市委组织部将持续跟踪督办');
  });
  it('sorts the table by completion, leaves empty rows out, and its total is the overview figure', () => {
    const t = tableRows(figures.rows);
    expect(t.rows.map((r) => r.unit)).toEqual(['南湖区', 'X市（本级）', '市委组织部', '东城区', '西城区', '北山县']);
    expect(t.omitted).toBe(1);
    expect(t.total).toMatchObject({ unit: '合计', total: 120, signedOff: 40, overdue: 3 });
  });
  it('praises nobody without on-time figures, and says so without a dash', () => {
    const c = composeBriefing({ ...figures, onTime: null, onTimeRate: '—' }, '市委组织部');
    expect(c.figures.commended).toEqual([]);
    expect(c.sections[0].text).toContain('暂无按期完成数据');
    expect(c.sections[0].text).not.toContain('—');
    expect(c.sections[2].text).toContain('不作表扬');
  });
  it('never praises a unit below the average or the issuer, even when the minimum is low', () => {
    const c = composeBriefing({ ...figures, rule: { minTasks: 1 } }, '东城区');
    expect(c.figures.commended).toEqual(['南湖区', '市委组织部']);
    expect(c.sections[2].text).toContain('南湖区、市委组织部2个单位');
  });
  it('edits only the sections it names', () => {
    const c = editBriefing(composeBriefing(figures, '市委组织部'), { title: '新标题', sections: { nextSteps: '抓落实。' } });
    expect(c.title).toBe('新标题');
    expect(c.sections.find((s) => s.key === 'nextSteps')!.text).toBe('抓落实。');
    expect(c.sections.find((s) => s.key === 'overview')!.text).toContain('截至');
  });
});
