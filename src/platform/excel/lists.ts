import type ExcelJS from 'exceljs';

/**
 * Drop-down lists kept on a hidden sheet and referenced by range. An inline list ("a,b,c") is
 * limited to 255 characters and splits at any comma inside a value; a range has neither limit.
 * Returns, per list, the data validation to put on a cell.
 */
export function hiddenLists<K extends string>(
  wb: ExcelJS.Workbook,
  lists: Record<K, string[]>,
  opts: { strict?: Partial<Record<K, boolean>> } = {},
): Record<K, ExcelJS.DataValidation> {
  const ws = wb.addWorksheet('_lists', { state: 'veryHidden' });
  const out = {} as Record<K, ExcelJS.DataValidation>;
  (Object.keys(lists) as K[]).forEach((key, i) => {
    const col = ws.getColumn(i + 1);
    const values = lists[key].length ? lists[key] : [''];
    values.forEach((v, r) => (ws.getRow(r + 1).getCell(i + 1).value = v));
    const strict = opts.strict?.[key] ?? true;
    out[key] = {
      type: 'list',
      allowBlank: true,
      formulae: [`'_lists'!$${col.letter}$1:$${col.letter}$${values.length}`],
      // A loose list suggests without refusing (several units in one cell, a unit not yet listed).
      showErrorMessage: strict,
      errorStyle: strict ? 'stop' : 'information',
    };
  });
  return out;
}
