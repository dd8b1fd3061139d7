import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from './layout.ts';
import { parseDocument } from './parse.ts';
import type { Item } from './types.ts';

const flat = (items: readonly Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.children)]);
const outline = (text: string) =>
  flat(parseDocument(text, { refDate: '2023-03-01' }).items).map((i) => `${'  '.repeat(i.level - 1)}${i.number || '·'}${i.title}`);

describe('lines that lost their breaks', () => {
  it.each([
    [
      'half-width brackets and colons, a blank after a bracket',
      '一、目标任务 (一)党务知识竞赛(完成时限:2023年4月30日前) 由县委组织部负责。(二)支部书记轮训，6月底前完成。 二、保障措施 (一)加强组织领导。',
      [
        '一、目标任务',
        '(一)党务知识竞赛(完成时限:2023年4月30日前)',
        '由县委组织部负责。',
        '(二)支部书记轮训，6月底前完成。',
        '二、保障措施',
        '(一)加强组织领导。',
      ],
    ],
    [
      'a blank after a heading',
      '一、强化政治引领 坚持把党的政治建设摆在首位。二、加强作风建设 深入开展调查研究，年内形成调研报告。三、严明纪律 从严管理。',
      ['一、强化政治引领', '坚持把党的政治建设摆在首位。', '二、加强作风建设', '深入开展调查研究，年内形成调研报告。', '三、严明纪律', '从严管理。'],
    ],
    [
      'full-width brackets and no blanks',
      '一、主要任务（一）开展党务知识竞赛，4月底前完成。（二）组织支部书记轮训，6月底前完成。（三）开展主题党日观摩活动。',
      ['一、主要任务', '（一）开展党务知识竞赛，4月底前完成。', '（二）组织支部书记轮训，6月底前完成。', '（三）开展主题党日观摩活动。'],
    ],
    [
      'numbered tasks after a sentence',
      '为做好今年工作，提出以下安排。1.开展调研，形成调研报告并报送县委。2.制定方案，经县委常委会审议后印发。3.组织实施，确保年底前全面完成。',
      ['为做好今年工作，提出以下安排。', '1.开展调研，形成调研报告并报送县委。', '2.制定方案，经县委常委会审议后印发。', '3.组织实施，确保年底前全面完成。'],
    ],
  ])('splits a run-on line (%s)', (_label, line, lines) => {
    expect(splitRunOnLines([line]).lines).toEqual(lines);
  });

  it.each([
    ['prose mentioning （一） once', '按照方案要求，各单位要对照（一）中列出的问题逐项整改，整改情况于6月底前报县委组织部，确保各项任务落到实处。'],
    ['markers inside words', '各乡镇要在一、二季度完成第（一）、（二）项任务，三、四季度完成其余任务，并按时报送进展情况和有关材料。'],
    ['a short line', '一、甲乙丙 二、丁戊己'],
    ['a marker without content after it', '请各单位对照通知要求认真落实，具体见（一）（二）两项所列内容，并于年底前将有关落实情况报送。'],
    ['an ordinary item with an inline enumeration', '（一）加强党员教育。一是抓好学习，年底前完成轮训；二是严格管理；三是关心关爱，切实增强党员的归属感。'],
  ])('leaves %s alone', (_label, line) => {
    expect(splitRunOnLines([line]).lines).toEqual([line]);
  });

  it('drops page numbers and joins a page that begins mid-sentence', () => {
    const r = splitRunOnLines([
      '1、X县工作方案 为推动工作，制定本方案。一、主要任务 (一)开展党务知识竞赛，各乡镇党委',
      '2、要精心组织。(二)组织支部书记轮训，6月底前完成。二、保障措施 (一)加强组织领导，县委组织部牵头。',
      '3、',
      '(二)强化督促检查，年底前通报。',
    ]);
    expect(r.lines).toEqual([
      'X县工作方案',
      '为推动工作，制定本方案。',
      '一、主要任务',
      '(一)开展党务知识竞赛，各乡镇党委要精心组织。',
      '(二)组织支部书记轮训，6月底前完成。',
      '二、保障措施',
      '(一)加强组织领导，县委组织部牵头。',
      '(二)强化督促检查，年底前通报。',
    ]);
    expect(r.from).toEqual([0, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('drops page numbers standing on their own lines between the pages', () => {
    const r = splitRunOnLines([
      '1、',
      '一、主要任务（一）开展党务知识竞赛，组织全县党员参加线上答题，4月底前完成，各乡镇党委',
      '2、',
      '要精心组织。（二）组织支部书记轮训，6月底前完成。二、保障措施（一）加强组织领导。',
    ]);
    expect(r.lines).toEqual([
      '一、主要任务',
      '（一）开展党务知识竞赛，组织全县党员参加线上答题，4月底前完成，各乡镇党委要精心组织。',
      '（二）组织支部书记轮训，6月底前完成。',
      '二、保障措施',
      '（一）加强组织领导。',
    ]);
  });

  it('gives the outline of the document the line held', () => {
    expect(
      outline(
        'X县工作方案\n一、目标任务 (一)党务知识竞赛(完成时限:2023年4月30日前) (二)支部书记轮训(完成时限:2023年6月30日前) 二、保障措施 (一)加强组织领导。',
      ),
    ).toEqual([
      '一、目标任务',
      '  (一)党务知识竞赛(完成时限:2023年4月30日前)',
      '  (二)支部书记轮训(完成时限:2023年6月30日前)',
      '二、保障措施',
      '  (一)加强组织领导',
    ]);
  });
});
