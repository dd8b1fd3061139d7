import { describe, expect, it } from 'vitest';
import { findUnits } from './units.ts';

const names = (text: string, opts = {}) => {
  const u = findUnits(text, opts);
  return { leads: u.leads.map((x) => x.name), supporting: u.supporting.map((x) => x.name) };
};

describe('findUnits', () => {
  it('reads field lines', () => {
    expect(names('牵头单位：市委组织部；配合单位：市人社局、市财政局')).toEqual({ leads: ['市委组织部'], supporting: ['市人社局', '市财政局'] });
  });

  it('treats 责任单位 as supporting unless the first listed leads', () => {
    expect(names('责任单位：市委组织部、市委办公室')).toEqual({ leads: [], supporting: ['市委组织部', '市委办公室'] });
    expect(names('责任单位：市委组织部、市委办公室', { firstListedLeads: true })).toEqual({ leads: ['市委组织部'], supporting: ['市委办公室'] });
  });

  it('reads clauses', () => {
    expect(names('健全四级联动体系（市委社会工作部牵头，市民政局、市住建局配合）')).toEqual({
      leads: ['市委社会工作部'],
      supporting: ['市民政局', '市住建局'],
    });
    expect(names('落实经费保障制度，由市财政局负责，每年足额拨付').leads).toEqual(['市财政局']);
    expect(names('请市委组织部牵头，会同市农业农村局研究提出具体措施')).toEqual({ leads: ['市委组织部'], supporting: ['市农业农村局'] });
    expect(names('由市科技局会同市人社局制定实施细则')).toEqual({ leads: ['市科技局'], supporting: ['市人社局'] });
  });

  it('does not split one unit at 和', () => {
    expect(names('牵头单位：市人力资源和社会保障局').leads).toEqual(['市人力资源和社会保障局']);
    expect(names('配合单位：市委组织部和市委宣传部').supporting).toEqual(['市委组织部', '市委宣传部']);
  });

  it('ignores people and duties that only look like units', () => {
    expect(names('全面落实党委领导下院长负责制，为负责者负责，层层负责')).toEqual({ leads: [], supporting: [] });
  });

  it('uses the dictionary for unusual names and for subjects', () => {
    expect(names('市妇联牵头负责', { dictionary: ['市妇联'] }).leads).toEqual(['市妇联']);
    expect(names('市妇联牵头负责').leads).toEqual([]);
    expect(names('市委督查室要加强跟踪督办。', { dictionary: ['市委督查室'] }).leads).toEqual(['市委督查室']);
  });

  it('records where each name is', () => {
    const text = '（市委组织部牵头）';
    const u = findUnits(text);
    expect(text.slice(u.leads[0].span.start, u.leads[0].span.end)).toBe('市委组织部');
  });

  it.each([
    ['（牵头单位：市委组织部，配合单位：市人社局、市财政局）', ['市委组织部'], ['市人社局', '市财政局']],
    ['（牵头单位：市委组织部；协办单位：市委编办）', ['市委组织部'], ['市委编办']],
    ['牵头单位：区发改局\n配合单位：区财政局和区审计局', ['区发改局'], ['区财政局', '区审计局']],
    ['责任单位：各相关部门，各县（市）区政府', [], ['各相关部门', '各县（市）区政府']],
    ['配合单位：各区、县级市', [], ['各区、县级市']],
    ['责任单位：各开发区管委会、市直各单位', [], ['各开发区管委会', '市直各单位']],
    ['某某总理率国务院有关部门负责', [], []],
  ])('field grammar and collective names: %s', (text, leads, supporting) => {
    expect(names(text)).toEqual({ leads, supporting });
  });
});
