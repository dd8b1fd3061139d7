import type { Locale } from '../../../platform/i18n/index.ts';
import { hiddenLists } from '../../../platform/excel/lists.ts';
import { isWide, printSetup, rowHeight } from '../../../platform/excel/print.ts';
import { startTemplate } from '../../../platform/excel/template-kit.ts';
import { severityLabels } from '../domain/index.ts';
import { headers, importColumns, type ImportKey } from './layout.ts';

const required = new Set<ImportKey>(['source', 'finding', 'category', 'unit', 'deadline', 'measures']);

const notes: Record<Locale, Partial<Record<ImportKey, [string, string]>>> = {
  'zh-CN': {
    number: ['可选', '1'],
    source: ['必填，如 市委第三巡察组反馈意见、选人用人专项检查、整改回头看', '市委第三巡察组反馈意见'],
    finding: ['必填，一行一个问题，写清具体表现', '干部选任程序不规范，个别岗位未按规定进行民主推荐'],
    category: ['必填，从下拉列表中选择（类别字典由督办人员维护）', '选人用人'],
    severity: ['可选：一般、严重、重大，默认一般', '严重'],
    unit: ['必填，单位全称；有同名单位时写上级单位，如 东城区/东华街道', '东城区'],
    foundOn: ['可选，日期', '2026-02-20'],
    deadline: ['必填，日期（2026-05-31）或“年底前”“6月底前”', '2026-05-31'],
    measures: ['必填，一行一条措施（单元格内换行：Alt+Enter），每条措施由责任单位牵头，完成时限同整改时限', '1. 建立干部选任纪实制度\n2. 开展选人用人专项培训'],
  },
  'en-US': {
    number: ['Optional', '1'],
    source: ['Required, e.g. the inspection team’s feedback or a special check', '市委第三巡察组反馈意见'],
    finding: ['Required: one problem per row, described concretely', 'Cadre selection skipped the required democratic recommendation'],
    category: ['Required: pick from the list (supervisors keep the dictionary)', '选人用人'],
    severity: ['Optional: General, Serious or Critical (default General)', 'Serious'],
    unit: ['Required: the unit name; when two units share it, add the parent, e.g. 东城区/东华街道', '东城区'],
    foundOn: ['Optional date', '2026-02-20'],
    deadline: ['Required: a date (2026-05-31) or a phrase such as 年底前', '2026-05-31'],
    measures: [
      'Required: one measure per line (Alt+Enter in the cell); each is led by the responsible unit and due at the deadline',
      '1. Record every selection step\n2. Train the staff',
    ],
  },
};

const intro: Record<Locale, string[]> = {
  'zh-CN': [
    '问题清单填写说明',
    '在“问题清单”中从第 2 行起逐行填写，一行一个问题；导入后整改措施为草稿，核对后再下达。',
    '有误的行会连同行号、列名和原因一并列出；默认有任一行有误时不导入。',
  ],
  'en-US': [
    'How to fill in the problem list',
    'Fill in the first sheet from row 2, one problem per row; imported measures are drafts until dispatched.',
    'Bad rows are listed with row number, column and reason; by default nothing is imported while any row is bad.',
  ],
};

/**
 * The blank problem list (问题清单) with an instructions sheet. The category, severity and unit
 * pick lists sit on a hidden sheet (platform/excel/lists.ts): an inline list breaks past 255
 * characters and at any comma inside a category.
 */
export async function problemTemplate(locale: Locale, categories: string[], unitLabels: string[] = []): Promise<Buffer> {
  const {
    wb,
    sheet: ws,
    letter,
    finish,
  } = startTemplate({
    locale,
    sheet: locale === 'en-US' ? 'Problems' : '问题清单',
    columns: importColumns,
    headers: headers[locale],
    required,
    notes: notes[locale],
    intro: intro[locale],
  });
  // 责任单位 suggests without refusing: whoever fills the list in may know units the downloader does not see.
  const lists = hiddenLists(wb, { category: categories, severity: Object.values(severityLabels[locale]), units: unitLabels }, { strict: { units: false } });
  const widths = importColumns.map((c) => c.width);
  printSetup(ws, { headerRow: 1, landscape: isWide(widths) });
  for (let r = 2; r <= 500; r++) {
    ws.getRow(r).height = rowHeight([], widths);
    ws.getCell(`${letter('category')}${r}`).dataValidation = lists.category;
    ws.getCell(`${letter('severity')}${r}`).dataValidation = lists.severity;
    ws.getCell(`${letter('unit')}${r}`).dataValidation = lists.units;
    for (const k of ['foundOn', 'deadline'] as const) ws.getCell(`${letter(k)}${r}`).numFmt = 'yyyy-mm-dd';
    ws.getCell(`${letter('measures')}${r}`).alignment = { wrapText: true, vertical: 'top' };
  }

  return finish();
}
