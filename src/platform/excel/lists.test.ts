import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { hiddenLists } from './lists.ts';

describe('hiddenLists', () => {
  it('keeps 100 values with commas whole on a hidden sheet, referenced by range', async () => {
    const values = Array.from({ length: 100 }, (_, i) => `类别${i}，含逗号,和英文逗号`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    const v = hiddenLists(wb, { category: values, yes: ['是', '否'] }, { strict: { yes: false } });
    ws.getCell('A2').dataValidation = v.category;
    ws.getCell('B2').dataValidation = v.yes;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = back.getWorksheet('表')!;
    expect(sheet.getCell('A2').dataValidation.formulae).toEqual(["'_lists'!$A$1:$A$100"]);
    expect(sheet.getCell('B2').dataValidation.formulae).toEqual(["'_lists'!$B$1:$B$2"]);
    expect(sheet.getCell('B2').dataValidation.showErrorMessage ?? false).toBe(false);
    expect(sheet.getCell('A2').dataValidation.showErrorMessage).toBe(true);
    const lists = back.getWorksheet('_lists')!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getColumn(1).values.slice(1)).toEqual(values);
  });
});
