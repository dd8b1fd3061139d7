import type { Locale } from '../../../platform/i18n/index.ts';
import { hiddenLists } from '../../../platform/excel/lists.ts';
import { printSetup, rowHeight } from '../../../platform/excel/print.ts';
import { startTemplate } from '../../../platform/excel/template-kit.ts';
import { categoryLabels, headers, templateColumns, yesNo, type ColumnKey } from './layout.ts';

const required = new Set<ColumnKey>(['title', 'leadUnit']);

const notes: Record<Locale, Partial<Record<ColumnKey, [string, string]>>> = {
  'zh-CN': {
    number: ['可选，如 1、1.1', '1'],
    title: ['必填，一行一项任务，500 字以内', '持续整顿软弱涣散基层党组织'],
    measures: ['可选', '逐村排查，建立问题清单'],
    leadUnit: ['必填，单位全称；有同名单位时写上级单位，如 东城区/东华街道', '东城区'],
    supportingUnits: ['可选，多个单位用 、 ， , ; 分隔', '西城区、市委组织部'],
    owner: ['可选，责任人姓名', '张三'],
    deadline: ['可选，日期（2026-12-31 或 Excel 日期），或“年底前”“6月底前”“长期坚持”等', '年底前'],
    category: ['可选：责任清单、任务清单、问题清单，默认任务清单', '任务清单'],
    key: ['可选：是 / 否，默认否', '是'],
  },
  'en-US': {
    number: ['Optional, e.g. 1 or 1.1', '1'],
    title: ['Required: one task per row, at most 500 characters', 'Rectify weak and lax grassroots party organizations'],
    measures: ['Optional', 'Check every village; list the problems'],
    leadUnit: ['Required: the unit name; when two units share it, add the parent, e.g. 东城区/东华街道', '东城区'],
    supportingUnits: ['Optional: several units separated by 、 ， , or ;', '西城区、市委组织部'],
    owner: ['Optional: the person accountable', 'Zhang San'],
    deadline: ['Optional: a date (2026-12-31 or an Excel date) or a phrase such as 年底前 or 6月底前', '2026-12-31'],
    category: ['Optional: Responsibility list, Task list or Problem list (default Task list)', 'Task list'],
    key: ['Optional: Yes / No (default No)', 'Yes'],
  },
};

const intro: Record<Locale, string[]> = {
  'zh-CN': [
    '任务分解表填写说明',
    '在“任务分解表”中从第 2 行起逐行填写，一行一项任务；导入后为草稿，核对后再下达。',
    '有误的行会连同行号、列名和原因一并列出；默认有任一行有误时不导入。',
  ],
  'en-US': [
    'How to fill in the decomposition table',
    'Fill in the first sheet from row 2, one task per row; imported tasks are drafts until dispatched.',
    'Bad rows are listed with their row number, column and reason; by default nothing is imported while any row is bad.',
  ],
};

/** The blank decomposition table (任务分解表) with an instructions sheet, in the reader's language. */
export async function importTemplate(locale: Locale, unitNames: string[] = []): Promise<Buffer> {
  const {
    wb,
    sheet: ws,
    letter,
    finish,
  } = startTemplate({
    locale,
    sheet: locale === 'en-US' ? 'Decomposition' : '任务分解表',
    columns: templateColumns,
    headers: headers[locale],
    required,
    notes: notes[locale],
    intro: intro[locale],
  });
  const head = ws.getRow(1);
  const lists = hiddenLists(
    wb,
    { category: Object.values(categoryLabels[locale]), key: yesNo[locale], units: unitNames },
    // 责任单位 holds several names in a cell: the list suggests, it does not refuse.
    { strict: { units: false } },
  );
  const widths = templateColumns.map((c) => c.width);
  printSetup(ws, { headerRow: 1, landscape: true });
  for (let r = 2; r <= 1000; r++) {
    ws.getCell(`${letter('category')}${r}`).dataValidation = lists.category;
    ws.getCell(`${letter('key')}${r}`).dataValidation = lists.key;
    ws.getCell(`${letter('leadUnit')}${r}`).dataValidation = lists.units;
    ws.getCell(`${letter('supportingUnits')}${r}`).dataValidation = lists.units;
    ws.getCell(`${letter('deadline')}${r}`).numFmt = 'yyyy-mm-dd';
    ws.getRow(r).height = rowHeight([], widths);
  }
  head.height = 36;

  return finish();
}
