import { describe, expect, it } from 'vitest';
import { chineseNumeral, findInlineRun, markerAt } from './numbering.ts';

describe('markerAt', () => {
  it.each([
    ['一、加强领导', 'cnDun', 1, '一、'],
    ['十二、其他', 'cnDun', 12, '十二、'],
    ['（三）健全机制', 'cnParen', 3, '（三）'],
    ['(三)健全机制', 'cnParen', 3, '(三)'],
    ['1.制定规划', 'arabicDot', 1, '1.'],
    ['2、制定规划', 'arabicDot', 2, '2、'],
    ['3．制定规划', 'arabicDot', 3, '3．'],
    ['1.9月底前完成排查', 'arabicDot', 1, '1.'],
    ['（4）开展培训', 'arabicParen', 4, '（4）'],
    ['⑵开展培训', 'arabicParen', 2, '⑵'],
    ['③开展培训', 'circled', 3, '③'],
    ['第二，要聚焦重点', 'di', 2, '第二，'],
    ['四要坚定不移', 'yishi', 4, '四要'],
    ['一是主题教育扎实开展', 'yishi', 1, '一是'],
    ['首先，提高站位', 'shouxian', 1, '首先，'],
    ['另一方面，支持高校', 'fangmian', 2, '另一方面，'],
  ])('%s → %s %d', (text, family, ordinal, marker) => {
    expect(markerAt(text)).toMatchObject({ family, ordinal, text: marker });
  });

  it.each(['2019年以来', '1.5亿元资金', '一条一条梳理', '统一思想', '第一时间抽调', '一、', '二〇二四年'])('%s is not a marker', (text) => {
    expect(markerAt(text)).toBeNull();
  });
});

describe('chineseNumeral', () => {
  it('reads 1..99', () => {
    expect([chineseNumeral('一'), chineseNumeral('十'), chineseNumeral('十一'), chineseNumeral('二十'), chineseNumeral('九十九')]).toEqual([1, 10, 11, 20, 99]);
    expect(chineseNumeral('十十')).toBe(0);
  });
});

describe('findInlineRun', () => {
  it('finds 一是……二是……三是 after a lead', () => {
    const text = '一季度以来取得积极成效。一是组织体系健全；二是队伍优化；三是阵地加强。';
    const run = findInlineRun(text);
    expect(run.map((m) => m.text)).toEqual(['一是', '二是', '三是']);
    expect(text.slice(run[1].at, run[1].at + 2)).toBe('二是');
  });

  it('needs a clause boundary and a second member', () => {
    expect(findInlineRun('习近平谈治国理政第一、二卷')).toEqual([]);
    expect(findInlineRun('要做到一是一、二是二的实事求是')).toEqual([]);
    expect(findInlineRun('首先，请X同志传达学习。下面，请Y同志讲话。')).toEqual([]);
  });

  it('accepts 首先……最后 and 一方面……另一方面', () => {
    expect(findInlineRun('首先，抓学习；最后，抓落实。').map((m) => m.ordinal)).toEqual([1, 99]);
    expect(findInlineRun('一方面，鼓励企业引才；另一方面，支持高校共建。').map((m) => m.family)).toEqual(['fangmian', 'fangmian']);
  });
});
