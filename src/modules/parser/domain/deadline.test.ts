import { describe, expect, it } from 'vitest';
import { findDeadline, parseRefDate } from './deadline.ts';

const REF = '2024-03-05';
const due = (text: string, ref = REF) => {
  const d = findDeadline(text, ref);
  return d && { phrase: d.phrase, date: d.date, until: d.until, recurring: d.recurring };
};

describe('findDeadline', () => {
  it.each([
    ['年底前完成全员轮训', '2024-12-31'],
    ['2025年底前出台办法', '2025-12-31'],
    ['6月底前出台具体办法', '2024-06-30'],
    ['2024年6月底前', '2024-06-30'],
    ['三季度末前印发实施', '2024-09-30'],
    ['上半年完成轮训', '2024-06-30'],
    ['于7月31日前报送', '2024-07-31'],
    ['2024年9月30日前完成', '2024-09-30'],
    ['6月前报市委', '2024-05-31'],
    ['年内对同一单位的检查不超过一次', '2024-12-31'],
    ['明年底前全覆盖', '2025-12-31'],
  ])('%s → %s', (text, date) => {
    expect(due(text)).toMatchObject({ date, until: null, recurring: false });
  });

  it('resolves ranges to first and last day', () => {
    expect(due('制定2020-2024发展党员工作规划', '2020-07-15')).toMatchObject({ date: '2020-01-01', until: '2024-12-31' });
    expect(due('2025—2027年分步推进', '2025-01-10')).toMatchObject({ date: '2025-01-01', until: '2027-12-31' });
    expect(due('加快编制全市“十四五”人才发展规划', '2020-07-15')).toMatchObject({ date: '2021-01-01', until: '2025-12-31' });
    expect(due('集中整治阶段（2024年4月至10月）')).toMatchObject({ date: '2024-04-01', until: '2024-10-31' });
  });

  it('counts durations from the reference date', () => {
    expect(due('用三年左右的时间把优秀年轻干部轮训一遍', '2020-07-15')).toMatchObject({ date: '2023-07-15', recurring: false });
    expect(due('6个月内完成整改', '2024-08-31')).toMatchObject({ date: '2025-02-28' });
  });

  it('marks recurring and ongoing work', () => {
    for (const t of ['每年开展一次', '长期坚持', '持续整顿软弱涣散基层党组织', '每年年底前报送']) {
      expect(due(t)).toMatchObject({ date: null, until: null, recurring: true });
    }
  });

  it('prefers the most specific phrase and the 完成时限 field', () => {
    expect(due('持续推进，年底前见效')?.date).toBe('2024-12-31');
    expect(due('编制“十五五”规划\n完成时限：2025年底前')?.date).toBe('2025-12-31');
  });

  it('ignores names and history', () => {
    expect(due('认真贯彻落实《2019-2023全国党政班子建设规划纲要》', '2020-07-15')).toBeNull();
    expect(due('总结评估全市2010-2020人才发展规划', '2020-07-15')).toBeNull();
    expect(due('6月29日中央政治局举行集体学习')).toBeNull();
    expect(due('统筹推进常态化疫情防控')).toBeNull();
  });

  it('rejects a bad reference date', () => {
    expect(() => parseRefDate('2024-02-30')).toThrow(RangeError);
    expect(() => parseRefDate('today')).toThrow(RangeError);
  });

  it.each([
    ['于1月23日17:00前报送', '2024-01-23', null, '1月23日17:00前'],
    ['于１月２３日１７：００前报送', '2024-01-23', null, '１月２３日１７：００前'],
    ['（完成时限：2023年7月15日 前）', '2023-07-15', null, '2023年7月15日 前'],
    ['（完成时限：２０２３年７月１５日前）', '2023-07-15', null, '２０２３年７月１５日前'],
    ['1月15日-22日集中开展走访', '2024-01-15', '2024-01-22', '1月15日-22日'],
    ['2023年4月至6月开展自查', '2023-04-01', '2023-06-30', '2023年4月至6月'],
  ])('clock times, windows and variants: %s', (text, date, until, phrase) => {
    expect(due(text)).toEqual({ phrase, date, until, recurring: false });
  });

  it('keeps several limits of one item as milestones, the last written as the deadline', () => {
    const d = findDeadline('2019年6月底前完成试点，2019年12月底前全面推开，2020年12月底前总结评估', REF);
    expect(d).toMatchObject({ date: '2020-12-31', until: null });
    expect(d?.milestones?.map((m) => m.date)).toEqual(['2019-06-30', '2019-12-31', '2020-12-31']);
    expect(findDeadline('年底前完成', REF)?.milestones).toBeUndefined();
    // An explicit 完成时限 field still wins over the dates in the text.
    expect(findDeadline('6月底前试点，9月底前推开\n完成时限：2024年10月31日前', REF)).toMatchObject({ date: '2024-10-31' });
  });

  it('leaves a bare meeting date out', () => {
    expect(due('1月15日召开全市组织部长会议')).toBeNull();
    expect(due('2024年1月15日，市委召开常委会')).toBeNull();
  });
});
