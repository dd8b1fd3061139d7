import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import type { Item } from './types.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'documents');
const seed = readFileSync(join(FIXTURES, 'speech-organization-work-h2.txt'), 'utf8');
const parse = (text: string, refDate = '2024-03-05', units?: string[]) => parseDocument(text, { refDate, units });
const flat = (items: readonly Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.children)]);
const outline = (items: readonly Item[]): string[] => flat(items).map((i) => `${'  '.repeat(i.level - 1)}${i.number || '·'} ${i.kind}`);

describe('the seed speech', () => {
  const r = parse(seed, '2020-07-15');

  it('drops the advert, the notices and the separators', () => {
    expect(r.cleanedText.startsWith('在下半年组织工作重点任务推进会上的讲话\n同志们：')).toBe(true);
    for (const noise of ['仅供学习', '会员', 'QQ群', '订阅', '··········', '酷乐文行']) expect(r.cleanedText).not.toContain(noise);
  });

  it('finds title, salutation and closing', () => {
    expect(r).toMatchObject({ title: '在下半年组织工作重点任务推进会上的讲话', salutation: '同志们：', closing: '我的讲话完毕，谢谢大家！' });
  });

  it('reads review, principles, four sections of tasks and five requirements', () => {
    const numbered = r.items.filter((i) => i.number !== '');
    expect(numbered.map((i) => `${i.number}${i.kind[0]}`).join(' ')).toBe(
      '一是r 二是r 三是r 四是r 五是r 六是r 一是p 二是p 三是p 四要p 一、h 二、h 三、h 四、h 一要p 二要p 三要p 四要p 五要p',
    );
    const sections = r.items.filter((i) => i.number.endsWith('、'));
    expect(sections.map((s) => s.children.map((c) => `${c.number}${c.kind}`).join(','))).toEqual([
      '一要task,二要task,三要task',
      '一要task,二要task',
      '一要task,二要task,三要task',
      '',
    ]);
  });

  it('gives a lead sentence as the title and the rest as text', () => {
    const first = r.items.find((i) => i.number === '一、')!.children[0];
    expect(first.title).toBe('健全完善“两个维护”制度机制');
    expect(first.text.startsWith('发挥好思想教育育人作用')).toBe(true);
    expect(r.cleanedText.slice(first.spans.title.start, first.spans.title.end)).toBe(first.title);
  });

  it('resolves the speech deadlines against the reference date', () => {
    const third = r.items.find((i) => i.number === '三、')!;
    expect(third.deadline).toMatchObject({ phrase: '2020-2024', date: '2020-01-01', until: '2024-12-31' });
    expect(third.children[1].deadline).toMatchObject({ date: '2023-07-15', recurring: false });
  });
});

describe('structure', () => {
  it('nests 一、 （一） 1. （1） ① by convention, even when levels are skipped', () => {
    const r = parse('一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n②己\n2.庚\n二、辛\n1.壬');
    expect(outline(r.items)).toEqual([
      '一、 heading',
      '  （一） heading',
      '    1. heading',
      '      （1） heading',
      '        ① task',
      '        ② task',
      // a bare line beside a section is a section too (the seed's 四、 has no children)
      '    2. heading',
      '二、 heading',
      '  1. task',
    ]);
  });

  it('nests a sequence that restarts inside a section, and leaves it on 同志们', () => {
    const r = parse(
      '一、加强学习\n一要抓好学习。\n二要推进培训。\n二、改进作风\n一要转变作风。\n二要狠抓落实。\n同志们，打铁必须自身硬，对我们提出了新的要求。\n一要坚决做好“两个维护”。\n二要时刻做到清正廉洁。',
    );
    expect(outline(r.items)).toEqual([
      '一、 heading',
      '  一要 task',
      '  二要 task',
      '二、 heading',
      '  一要 task',
      '  二要 task',
      '· paragraph',
      '一要 principle',
      '二要 principle',
    ]);
  });

  it('keeps 首先 without 其次 as text, and 三是 then 四要 as one sequence', () => {
    expect(outline(parse('首先，请张三同志传达文件精神。\n下面，请李四同志讲话。').items)).toEqual(['· paragraph', '· paragraph']);
    const r = parse('要做到三个坚定不移。\n一是坚定不移抓学习。\n二是坚定不移抓作风。\n三要坚定不移抓落实。');
    expect(r.items.map((i) => i.number)).toEqual(['', '一是', '二是', '三要']);
  });

  it('splits an enumeration inside a paragraph under its lead', () => {
    const r = parse('（一）加强党员教育。一是抓好学习，年底前完成轮训；二是严格管理；三是关心关爱。');
    expect(outline(r.items)).toEqual(['（一） task', '  一是 task', '  二是 task', '  三是 task']);
    expect(r.items[0].children[0]).toMatchObject({ title: '抓好学习，年底前完成轮训', deadline: { date: '2024-12-31' } });
  });

  it('continues a structural item over paragraphs until the next marker', () => {
    const r = parse('1.制定规划\n牵头单位：市委组织部\n完成时限：6月底前\n2.开展调研');
    expect(r.items[0]).toMatchObject({ title: '制定规划', text: '牵头单位：市委组织部\n完成时限：6月底前', kind: 'task', leads: ['市委组织部'] });
    expect(r.items[0].deadline?.date).toBe('2024-06-30');
  });
});

describe('front matter', () => {
  it('reads date and speaker under the title, signature at the end', () => {
    const r = parse('在全市会议上的讲话\n（2024年4月10日）\nX市委书记  张三\n同志们：\n今天开会。\n谢谢大家！');
    expect(r).toMatchObject({ title: '在全市会议上的讲话', date: '2024-04-10', issuer: 'X市委书记  张三', closing: '谢谢大家！' });
    const s = parse('关于开展排查的通知\n各区县：\n请认真排查。\n\n中共X市委组织部\n2024年4月28日');
    expect(s).toMatchObject({ issuer: '中共X市委组织部', date: '2024-04-28', salutation: '各区县：' });
    expect(s.items).toHaveLength(1);
  });

  it('drops page numbers and running headers in the body', () => {
    const page = '中共X市委组织部文件';
    const r = parse(['X市工作方案', '一、总体要求', '坚持问题导向。', '- 1 -', page, '二、主要任务', '- 2 -', page, '（一）精简会议。', page].join('\n'));
    expect(r.cleanedText).not.toContain('- 1 -');
    expect(r.cleanedText.match(/中共X市委组织部文件/g) ?? []).toHaveLength(0);
  });
});

describe('running headers are repeated lines at page boundaries', () => {
  it('keeps a field line repeated under three or more items', () => {
    const unit = '责任单位：各相关部门，各县（市）区政府';
    const r = parse(
      ['X市工作方案', '一、主要任务', '（一）精简会议。', unit, '（二）精简文件。', unit, '（三）规范督查。', unit, '（四）减少报表。', unit].join('\n'),
    );
    const subs = r.items[0].children;
    expect(subs).toHaveLength(4);
    for (const s of subs) expect(s.supporting).toEqual(['各相关部门', '各县（市）区政府']);
  });

  it('keeps a short repeated line that is not at a page boundary', () => {
    const lead = '牵头单位：区发改局';
    const r = parse(['X区实施方案', '一、任务', '1.编制规划', lead, '2.推进项目', lead, '3.评估成效', lead].join('\n'));
    expect(flat(r.items).filter((i) => i.leads.includes('区发改局'))).toHaveLength(3);
  });

  it('drops a header standing after page numbers and form feeds', () => {
    const page = 'X市委办公室文件';
    const r = parse(
      ['X市工作方案', '一、总体要求', '坚持问题导向。', `\f${page}`, '二、主要任务', '推进落实。', `\f${page}`, '三、保障措施', '加强领导。', `\f${page}`].join(
        '\n',
      ),
    );
    expect(r.cleanedText).not.toContain(page);
    expect(r.items.map((i) => i.number)).toEqual(['一、', '二、', '三、']);
  });
});

describe('units and deadlines on items', () => {
  it('says which proposed units matched the unit tree', () => {
    const r = parse('X方案\n一、开展培训（牵头单位：市委组织部，配合单位：市人社局、市妇联）', '2024-03-05', ['市委组织部', '市妇联']);
    expect(r.items[0]).toMatchObject({ leads: ['市委组织部'], supporting: ['市人社局', '市妇联'], unitsMatched: { leads: [true], supporting: [false, true] } });
  });

  it('keeps milestones and the phrase each date came from', () => {
    const r = parse('X方案\n一、推进改革。2019年6月底前完成试点，2019年12月底前全面推开，2020年12月底前总结评估。', '2019-01-10');
    expect(r.items[0].deadline).toMatchObject({ phrase: '2020年12月底前', date: '2020-12-31' });
    expect(r.items[0].deadline?.milestones?.map((m) => m.phrase)).toEqual(['2019年6月底前完成', '2019年12月底前', '2020年12月底前']);
  });

  it('does not read 持续 in the body of a principle as a recurring deadline', () => {
    const r = parse('X方案\n一、基本原则\n（一）始终坚持问题导向。持续聚焦突出问题。\n（二）始终坚持统筹推进。\n二、主要任务\n（一）年底前完成排查。');
    const principle = r.items[0].children[0];
    expect(principle.kind).toBe('principle');
    expect(principle.deadline).toBeNull();
  });
});

describe('small layout slips', () => {
  it('reads a doubled full stop after a number as one marker', () => {
    const r = parse('X方案\n一、任务\n1..开展调研。\n2.开展培训。\n3、推进试点。');
    expect(r.items[0].children.map((i) => `${i.number}|${i.title}`)).toEqual(['1..|开展调研', '2.|开展培训', '3、|推进试点']);
  });
});

describe('issue #12 pattern 7: the small ones', () => {
  it('turns unnumbered 要…； clauses announced by a count into items, in a paragraph or one a paragraph', () => {
    const inline = parse('X方案\n一、主要任务\n重点做好三项工作：要加强理论学习，年底前完成轮训；要改进工作作风；要严格日常管理。\n二、保障措施\n加强领导。');
    expect(inline.items[0].children.map((i) => `${i.number}|${i.kind}|${i.title}`)).toEqual([
      '|task|要加强理论学习，年底前完成轮训',
      '|task|要改进工作作风',
      '|task|要严格日常管理',
    ]);
    expect(inline.items[0].children[0].deadline?.date).toBe('2024-12-31');
    const paras = parse('X方案\n一、主要任务\n今年重点做好三项工作：\n要加强理论学习；\n要改进工作作风；\n要严格日常管理。\n要把握好节奏。');
    expect(outline(paras.items)).toEqual(['一、 heading', '  · task', '  · task', '  · task', '  · paragraph']);
    // no count, or a count the clauses do not match and not all 要: a paragraph
    expect(outline(parse('X方案\n做好两项工作：学习；作风；管理。').items)).toEqual(['· paragraph']);
  });

  it('reads —— bullets as a list, and a lone —— line as text', () => {
    const r = parse('X方案\n一、主要任务\n——加强理论学习，年底前完成轮训。\n——改进工作作风。\n——严格日常管理。\n二、保障措施\n加强领导。');
    expect(r.items[0].children.map((i) => `${i.number}|${i.kind}|${i.title}`)).toEqual([
      '——|task|加强理论学习，年底前完成轮训',
      '——|task|改进工作作风',
      '——|task|严格日常管理',
    ]);
    const fields = parse('X方案\n（一）推进阵地建设，重点抓好以下工作：\n——8月底前完成选址；\n——11月底前完成建设。\n牵头单位：市委组织部\n配合单位：市财政局');
    expect(fields.items[0]).toMatchObject({ kind: 'task', leads: ['市委组织部'], supporting: ['市财政局'] });
    expect(fields.items[0].children.map((i) => i.deadline?.date)).toEqual(['2024-08-31', '2024-11-30']);
    const lone = parse('X方案\n一、加强学习\n抓好理论武装。\n——这是一句引语。');
    expect(outline(lone.items)).toEqual(['一、 task']);
    expect(lone.items[0].text).toBe('抓好理论武装。\n——这是一句引语。');
  });

  it('knows a salutation the document starts with, and a signature it ends with', () => {
    const r = parse(
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为做好X工作，现通知如下。\n一、加强组织领导。\n二、强化督促检查。\n国务院办公厅\n2019年1月9日\n（此件公开发布）',
    );
    expect(r).toMatchObject({
      title: null,
      salutation: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      issuer: '国务院办公厅',
      date: '2019-01-09',
    });
    expect(r.items.map((i) => `${i.number}|${i.title}|${i.text}`)).toEqual(['|为做好X工作，现通知如下|', '一、|加强组织领导|', '二、|强化督促检查|']);
  });

  it('keeps a cover notice’s own items apart from its attachment’s plan', () => {
    const r = parse(
      [
        '关于印发《X县2024年党建工作方案》的通知',
        '各乡镇党委：',
        '现将方案印发给你们，请认真抓好落实。',
        '一、高度重视。各单位要明确专人负责。',
        '二、抓好落实。',
        '三、及时报送。请于2024年12月20日前将落实情况报送县委组织部。',
        '附件：X县2024年党建工作方案',
        '中共X县委组织部',
        '2024年3月1日',
        '附件',
        'X县2024年党建工作方案',
        '一、总体要求',
        '坚持问题导向。',
        '二、主要任务',
        '（一）开展党务知识竞赛。4月底前完成。',
        '（二）组织支部书记轮训。',
      ].join('\n'),
    );
    expect(r).toMatchObject({ issuer: '中共X县委组织部', date: '2024-03-01' });
    expect(outline(r.items)).toEqual([
      '· paragraph',
      '一、 task',
      '二、 task',
      '三、 task',
      '· heading',
      '  一、 heading',
      '  二、 heading',
      '    （一） task',
      '    （二） task',
    ]);
    expect(r.items[3].deadline?.date).toBe('2024-12-20');
    expect(r.items[4].title).toBe('X县2024年党建工作方案');
    expect(r.items[3].text).toBe('请于2024年12月20日前将落实情况报送县委组织部。');
  });
});
