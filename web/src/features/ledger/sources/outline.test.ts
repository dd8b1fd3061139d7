import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../api';
import {
  countDrafts,
  draftPathLabel,
  fromParsed,
  indentItem,
  itemAtOffset,
  mergeWithNext,
  outdentItem,
  removeItem,
  splitBySentence,
  splitItem,
  sentencesOf,
  toDraftItems,
  type ReviewItem,
} from './outline';

// Without unitsMatched unless a test gives it: the outline then matches names against the tree itself.
const parsed = (over: Partial<ParsedItem>): ParsedItem =>
  ({
    number: '',
    level: 1,
    kind: 'task',
    title: 't',
    text: '',
    start: 0,
    end: 10,
    deadline: null,
    leads: [],
    supporting: [],
    spans: { number: null, title: { start: 0, end: 1 }, deadline: null, leads: [], supporting: [] },
    children: [],
    ...over,
  }) as ParsedItem;

const units = { 东城区: 14, 西城区: 15, 市委组织部: 2 };

function sample(): ReviewItem[] {
  return fromParsed(
    [
      parsed({ kind: 'paragraph', title: '开场', start: 0, end: 10 }),
      parsed({
        kind: 'heading',
        number: '一、',
        title: '突出政治忠诚',
        start: 10,
        end: 60,
        children: [
          parsed({
            kind: 'task',
            number: '一要',
            title: '健全机制',
            text: '甲乙丙。丁戊己。',
            start: 12,
            end: 30,
            leads: ['东城区', '西城区'],
            supporting: ['市委组织部', '不存在区'],
            deadline: { phrase: '年底前', date: '2026-12-31', until: null, recurring: false },
          }),
          parsed({ kind: 'review', number: '二要', title: '回顾', start: 30, end: 45 }),
          parsed({ kind: 'task', number: '三要', title: '抓好培训', start: 45, end: 60 }),
        ],
      }),
      parsed({ kind: 'heading', number: '二、', title: '空标题', start: 60, end: 70, children: [parsed({ kind: 'principle', start: 61, end: 70 })] }),
    ],
    units,
  );
}

describe('review outline', () => {
  it('pre-fills units from the parser: the first lead leads, other leads support, unknown names are listed', () => {
    const task = sample()[1].children[0];
    expect(task.leadUnitId).toBe(14);
    expect(task.supportingUnitIds).toEqual([15, 2]);
    expect(task.unmatched).toEqual(['不存在区']);
    expect(task.deadline).toBe('2026-12-31');
    expect(task.checked).toBe(true);
    expect(sample()[0].checked).toBe(false);
  });

  it('publishes ticked tasks, headings only over published children, and lifts children of unticked items', () => {
    const drafts = toDraftItems(sample());
    expect(drafts.map((d) => d.title)).toEqual(['突出政治忠诚']);
    expect(drafts[0].children!.map((d) => d.title)).toEqual(['健全机制', '抓好培训']);
    expect(drafts[0].children![0]).toMatchObject({
      leadUnitId: 14,
      supportingUnitIds: [15, 2],
      deadline: '2026-12-31',
      deadlinePhrase: '年底前',
      number: '一要',
      start: 12,
      end: 30,
    });
    expect(countDrafts(drafts)).toEqual({ total: 3, withLead: 1, leadWithoutDeadline: [] });
  });

  it("takes the parser's unit matches, a window's end as the deadline, and earlier limits as milestones", () => {
    const [item] = fromParsed(
      [
        parsed({
          leads: ['东城区'],
          supporting: ['市委组织部'],
          // The parser says 市委组织部 is not in the user's tree (e.g. a namesake from another city).
          unitsMatched: { leads: [true], supporting: [false] },
          deadline: {
            phrase: '2020年12月底前',
            date: '2020-12-31',
            until: null,
            recurring: false,
            milestones: [
              { phrase: '2019年6月底前', date: '2019-06-30' },
              { phrase: '2020年12月底前', date: '2020-12-31' },
            ],
          },
        }),
      ],
      units,
    );
    expect(item.unmatched).toEqual(['市委组织部']);
    expect(item.milestones).toEqual([{ phrase: '2019年6月底前', date: '2019-06-30' }]);
    expect(toDraftItems([item])[0]).toMatchObject({ deadline: '2020-12-31', milestones: [{ title: '2019年6月底前', due: '2019-06-30' }] });
    const [windowed] = fromParsed([parsed({ deadline: { phrase: '1月15日-22日', date: '2024-01-15', until: '2024-01-22', recurring: false } })], units);
    expect(windowed.deadline).toBe('2024-01-22');
  });

  it('finds the innermost item at a text offset', () => {
    const items = sample();
    expect(itemAtOffset(items, 35)?.title).toBe('回顾');
    expect(itemAtOffset(items, 11)?.title).toBe('突出政治忠诚');
    expect(itemAtOffset(items, 500)).toBeUndefined();
  });

  it('merges with the next sibling, splits at the cursor, indents and outdents', () => {
    const base = sample();
    const [a, b, c] = base[1].children;
    let items = base;
    items = mergeWithNext(items, a.uid);
    expect(items[1].children).toHaveLength(2);
    expect(items[1].children[0]).toMatchObject({ start: 12, end: 45, text: '甲乙丙。丁戊己。\n回顾' });

    const source = 'x'.repeat(12) + '甲乙丙。丁戊己。' + 'y'.repeat(50);
    items = splitItem(base, a.uid, 4, source);
    expect(items[1].children.map((x) => x.text)).toEqual(['甲乙丙。', '丁戊己。', '', '']);
    expect(items[1].children[1]).toMatchObject({ title: '丁戊己', start: 16, end: 30, leadUnitId: 14 });
    expect(items[1].children[0].end).toBe(16);

    items = indentItem(base, c.uid);
    expect(items[1].children[1].children.map((x) => x.uid)).toEqual([c.uid]);
    items = outdentItem(items, c.uid);
    expect(items[1].children.map((x) => x.uid)).toEqual([a.uid, b.uid, c.uid]);

    items = outdentItem(base, b.uid);
    expect(items.map((x) => x.title)).toEqual(['开场', '突出政治忠诚', '回顾', '空标题']);
    expect(items[2].children.map((x) => x.uid)).toEqual([c.uid]);
  });

  it('splits a paragraph of tasks by sentence: the item keeps its title, each sentence follows as a task with its own span', () => {
    const base = sample();
    const a = base[1].children[0];
    const source = 'x'.repeat(12) + '甲乙丙。丁戊己。' + 'y'.repeat(50);
    const items = splitBySentence(base, a.uid, source);
    const level = items[1].children;
    expect(level[0]).toMatchObject({ uid: a.uid, title: '健全机制', text: '', number: '一要', start: 12, end: 12 });
    expect(level.slice(1, 3).map((x) => [x.title, x.text, x.start, x.end, x.kind, x.checked, x.number])).toEqual([
      ['甲乙丙', '甲乙丙。', 12, 16, 'task', true, ''],
      ['丁戊己', '丁戊己。', 16, 30, 'task', true, ''],
    ]);
    expect(level.slice(3).map((x) => x.title)).toEqual(['回顾', '抓好培训']);
    expect(source.slice(level[2].start, level[2].start + level[2].text.length)).toBe('丁戊己。');
    // Each task keeps what the paragraph said about who and by when.
    expect(level.slice(1, 3).every((x) => x.leadUnitId === 14 && x.deadline === '2026-12-31')).toBe(true);
    expect(new Set(level.map((x) => x.uid)).size).toBe(level.length);
    // A heading's sentences become the tasks under it.
    const [heading] = fromParsed([parsed({ kind: 'heading', number: '四、', title: '严管厚爱', text: '强化监督。激励担当。', start: 0, end: 16 })], units);
    const [under] = splitBySentence([heading], heading.uid, '四、严管厚爱强化监督。激励担当。');
    expect([under.text, under.children.map((x) => [x.title, x.start])]).toEqual([
      '',
      [
        ['强化监督', 6],
        ['激励担当', 11],
      ],
    ]);
    // No text beyond the title: nothing to split.
    const [, review] = base[1].children;
    expect(splitBySentence(base, review.uid, source)).toBe(base);
  });

  it('reads sentences up to 。！？； or a line’s end, leaving out bare marks and blanks', () => {
    expect(sentencesOf('要抓好甲；要抓好乙。\n  要抓好丙！。').map((x) => x.text)).toEqual(['要抓好甲；', '要抓好乙。', '要抓好丙！。']);
    expect(sentencesOf('要抓好甲；要抓好乙。\n  要抓好丙').map((x) => x.at)).toEqual([0, 5, 13]);
    expect(sentencesOf(' 。\n\n')).toEqual([]);
  });

  it('deleting a heading keeps the tasks under it', () => {
    const items = sample();
    const out = removeItem(items, items[1].uid);
    expect(out.map((x) => x.title)).toEqual(['开场', '健全机制', '回顾', '抓好培训', '空标题']);
  });

  it('names a server error’s item by its position', () => {
    expect(draftPathLabel('body.items.0.children.2.leadUnitId')).toBe('1.3');
    expect(draftPathLabel('body.title')).toBeNull();
  });
});
