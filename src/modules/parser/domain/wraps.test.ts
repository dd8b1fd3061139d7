import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import { joinWraps } from './wraps.ts';

describe('joinWraps', () => {
  it.each([
    [
      ['会议研究决定，全市组织工作会议在确定北', '京'],
      ['会议研究决定，全市组织工作会议在确定北京', ''],
    ],
    [
      ['根据中央统一部署，市委决定在全市开展主题教育，时间从', '2018 年 11 月开始，为期三个月。'],
      ['根据中央统一部署，市委决定在全市开展主题教育，时间从2018 年 11 月开始，为期三个月。', ''],
    ],
  ])('joins %j', (lines, joined) => {
    expect(joinWraps(lines)).toEqual(joined);
  });

  it.each([
    [['一、加强党的政治建设', '附件']],
    [['（一）加强政治建设', '总则']],
    [['现将有关事项通知如下。', '京津']],
    [['关于开展2019年度基层党建述职评议考核工作的通知文件', '2019年1月9日']],
    [['各区县委组织部，市委各部委，市直各单位：', '2018 年 11 月开始试点工作。']],
    [['开展调研', '1.制定方案']],
  ])('leaves %j alone', (lines) => {
    expect(joinWraps(lines)).toEqual(lines);
  });

  it('joins hard-wrapped text at its width, and gives the parser whole sentences', () => {
    const text = [
      'X市关于开展基层党建工作的方案',
      '一、会议安排',
      '1.全市组织工作会议定于2024年3月在确定北',
      '京召开，请各单位年底前报送参会人员名单和',
      '交流材料，材料要求内容翔实重点突出条理清',
      '晰。',
      '2.各区县委组织部要认真组织开展调查研究工',
      '作，形成高质量调研报告，6月底前报市委组',
      '织部。',
      '3.市委组织部牵头开展基层党建工作专项督查',
    ].join('\n');
    const r = parseDocument(text, { refDate: '2024-01-05' });
    expect(r.items[0].children.map((i) => i.title)).toEqual([
      '全市组织工作会议定于2024年3月在确定北京召开，请各单位年底前报送参会人员名单和交流材料，材料要求内容翔实重点突出条理清晰',
      '各区县委组织部要认真组织开展调查研究工作，形成高质量调研报告，6月底前报市委组织部',
      '市委组织部牵头开展基层党建工作专项督查',
    ]);
    expect(r.items[0].children[1].deadline?.date).toBe('2024-06-30');
  });
});
