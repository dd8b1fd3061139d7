import { describe, expect, it } from 'vitest';
import { composeBriefing, defaultTitle, editBriefing, type BriefingFigures } from './compose.ts';

const figures: BriefingFigures = {
  scopeName: 'X市', from: '2026-06-01', to: '2026-06-30', asOf: '2026-07-01', active: 120, signedOff: 30, completionRate: '25%',
  signedOffInPeriod: 12, dispatchedInPeriod: 8, onTimeRate: '91.7%', overdue: 3, lagging: 7,
  rows: [{ unit: '东城区', total: 40, signedOff: 12, rate: '30%', overdue: 2 }],
  commended: ['东城区', '西城区'],
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
    expect(text.overview).toBe('截至2026年7月1日，X市共有在办和已办结重点任务120项，已销号30项，完成率25%；逾期未完成3项，进度滞后或临近时限7项。2026年6月1日至2026年6月30日，新下达任务8项，销号12项，按期完成率91.7%。');
    expect(text.commended).toContain('东城区、西城区等单位');
    expect(text.overdue).toContain('南湖区逾期6项：3.1 完成软弱涣散党组织整顿（时限2026年6月15日）等。');
    expect(text.nextSteps).toContain('市委组织部将持续跟踪督办');
  });
  it('edits only the sections it names', () => {
    const c = editBriefing(composeBriefing(figures, '市委组织部'), { title: '新标题', sections: { nextSteps: '抓落实。' } });
    expect(c.title).toBe('新标题');
    expect(c.sections.find((s) => s.key === 'nextSteps')!.text).toBe('抓落实。');
    expect(c.sections.find((s) => s.key === 'overview')!.text).toContain('截至');
  });
});
