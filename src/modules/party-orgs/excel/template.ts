import type { Locale } from '../../../platform/i18n/index.ts';
import { hiddenLists } from '../../../platform/excel/lists.ts';
import { isWide, printSetup } from '../../../platform/excel/print.ts';
import { startTemplate } from '../../../platform/excel/template-kit.ts';
import { BACKGROUND_WORDS, CATEGORY_WORDS, KIND_WORDS } from '../domain/index.ts';
import { columns, headers, type OrgKey } from './layout.ts';

const required = new Set<OrgKey>(['name', 'category', 'unit']);

const notes: Record<Locale, Record<OrgKey, [string, string]>> = {
  'zh-CN': {
    name: ['必填，党组织全称', '中共东华社区支部委员会'],
    category: ['必填，从下拉列表中选择（农村、城市社区、机关、国有企业、高校、公立医院、非公有制企业、社会组织、其他）', '城市社区'],
    kind: ['可选：党委、党总支、党支部、党组、党工委；不填时按组织名称判断', '党支部'],
    parent: ['可选，上级党组织全称（可以是本表中后面的行，也可以是系统中已有的党组织）', '中共东华街道工作委员会'],
    unit: ['必填，所在单位全称；有同名单位时写上级单位，如 东城区/东华街道/东华社区', '东华社区'],
    foundedOn: ['可选，日期', '2003-07-01'],
    secretary: ['可选，书记姓名', '张明'],
    background: ['可选：致富能手、返乡人员、退役军人、大学生、其他', '退役军人'],
    memberCount: ['可选，党员人数', '36'],
    termStart: ['可选，本届换届日期', '2021-06-30'],
    termEnd: ['可选，本届届满日期；不填时按任期（党委 5 年，党总支、党支部 3 年，村和社区 5 年）计算', '2026-06-30'],
  },
  'en-US': {
    name: ['Required: the organization’s full name', '中共东华社区支部委员会'],
    category: ['Required: pick from the list (the national system’s words)', '城市社区'],
    kind: ['Optional: committee, general branch, branch, leading group, working committee; read from the name when blank', '党支部'],
    parent: ['Optional: the superior organization’s full name (a later row of this sheet or an organization already registered)', '中共东华街道工作委员会'],
    unit: ['Required: the host unit; when two units share the name, add the parent, e.g. 东城区/东华街道/东华社区', '东华社区'],
    foundedOn: ['Optional date', '2003-07-01'],
    secretary: ['Optional: the secretary’s name', '张明'],
    background: ['Optional: 致富能手, 返乡人员, 退役军人, 大学生, 其他', '退役军人'],
    memberCount: ['Optional: party members', '36'],
    termStart: ['Optional: the date of the last renewal', '2021-06-30'],
    termEnd: ['Optional: the end of the term; computed from the term length when blank', '2026-06-30'],
  },
};

const intro: Record<Locale, string[]> = {
  'zh-CN': [
    '党组织信息导入说明',
    '列与全国党员管理信息系统导出的党组织列表一致，可直接导入该系统的导出文件；在第一个工作表中从第 2 行起逐行填写，一行一个党组织。',
    '有误的行会连同行号、列名和原因一并列出；默认有任一行有误时不导入，也可选择跳过有误的行。最近一次导入可以撤销。',
  ],
  'en-US': [
    'How to fill in the organization list',
    'The columns are those of the national party-member information system’s organization export, so its file imports as it is; one organization per row from row 2.',
    'Bad rows are listed with row number, column and reason; by default nothing is imported while any row is bad, or skip the bad rows. Your last import can be undone.',
  ],
};

/** The blank organization list with an instructions sheet; pick lists on a hidden sheet (platform/excel/lists.ts). */
export async function orgTemplate(locale: Locale, unitLabels: string[] = []): Promise<Buffer> {
  const {
    wb,
    sheet: ws,
    letter,
    finish,
  } = startTemplate({
    locale,
    sheet: locale === 'en-US' ? 'Organizations' : '党组织',
    columns,
    headers: headers[locale],
    required,
    notes: notes[locale],
    intro: intro[locale],
  });
  const lists = hiddenLists(
    wb,
    { category: Object.values(CATEGORY_WORDS), kind: Object.values(KIND_WORDS), background: Object.values(BACKGROUND_WORDS), units: unitLabels },
    { strict: { units: false } },
  );
  const widths = columns.map((c) => c.width);
  printSetup(ws, { headerRow: 1, landscape: isWide(widths) });
  for (let r = 2; r <= 500; r++) {
    ws.getCell(`${letter('category')}${r}`).dataValidation = lists.category;
    ws.getCell(`${letter('kind')}${r}`).dataValidation = lists.kind;
    ws.getCell(`${letter('background')}${r}`).dataValidation = lists.background;
    ws.getCell(`${letter('unit')}${r}`).dataValidation = lists.units;
    for (const k of ['foundedOn', 'termStart', 'termEnd'] as const) ws.getCell(`${letter(k)}${r}`).numFmt = 'yyyy-mm-dd';
  }

  return finish();
}
