import { describe, expect, it } from 'vitest';
import type { Briefing } from './api';
import { changesOf, monthRange, rebase } from './edit-draft';

const b = {
  id: 1,
  title: '关于11月份重点任务推进情况的通报',
  version: 2,
  content: {
    sections: [
      { key: 'overview', heading: '一、总体情况', text: 'A' },
      { key: 'nextSteps', heading: '五、下一步工作要求', text: 'B' },
    ],
  },
} as unknown as Briefing;

describe('briefing edits', () => {
  it('sends only what differs from the server', () => {
    expect(changesOf(b, { title: b.title, sections: { overview: 'A' } })).toBeNull();
    expect(changesOf(b, { title: b.title, sections: { overview: 'A2', nextSteps: 'B' } })).toEqual({ sections: { overview: 'A2' } });
    expect(changesOf(b, { title: '新标题', sections: {} })).toEqual({ title: '新标题' });
    expect(changesOf(b, { title: '  ', sections: {} })).toBeNull();
  });
  it('a month runs from the 1st to its last day', () => {
    expect(monthRange('2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2028-02-03')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('rebase after a 409', () => {
  it('takes the colleague’s text where the user typed nothing, keeps the user’s edits', () => {
    const latest = {
      ...b,
      version: 3,
      content: {
        sections: [
          { key: 'overview', heading: '', text: 'A' },
          { key: 'nextSteps', heading: '', text: 'B by colleague' },
        ],
      },
    } as unknown as Briefing;
    expect(rebase(b, latest, { title: b.title, sections: { overview: 'A mine', nextSteps: 'B' } })).toEqual({
      title: b.title,
      sections: { overview: 'A mine', nextSteps: 'B by colleague' },
    });
    expect(rebase(b, { ...latest, title: '新' } as Briefing, { title: b.title, sections: {} }).title).toBe('新');
    expect(rebase(b, { ...latest, title: '新' } as Briefing, { title: '我的', sections: {} }).title).toBe('我的');
  });
});
