/**
 * 村级集体经济: a village's yearly collective income (whole yuan). 空壳村 (hollow): no income at all; 薄弱村
 * (weak): below the threshold. The threshold is a setting (default 100,000 yuan, the figure the brief
 * asks for): provinces draw the line differently (5万 or 10万 元 a year are both common), so no
 * national figure is built in.
 */
export const DEFAULT_WEAK_INCOME = 100_000;

export const INCOME_CLASSES = ['hollow', 'weak', 'ok', 'unreported'] as const;
export type IncomeClass = (typeof INCOME_CLASSES)[number];

export function incomeClass(income: number | null, weakBelow = DEFAULT_WEAK_INCOME): IncomeClass {
  if (income === null) return 'unreported';
  if (income <= 0) return 'hollow';
  return income < weakBelow ? 'weak' : 'ok';
}

export type IncomeCounts = Record<IncomeClass, number> & { villages: number };

export function incomeCounts(incomes: readonly (number | null)[], weakBelow = DEFAULT_WEAK_INCOME): IncomeCounts {
  const out: IncomeCounts = { villages: incomes.length, hollow: 0, weak: 0, ok: 0, unreported: 0 };
  for (const i of incomes) out[incomeClass(i, weakBelow)]++;
  return out;
}

/** The income bounds of a class, for a list filter the repo turns into SQL (null: no bound). */
export function incomeBounds(cls: IncomeClass, weakBelow = DEFAULT_WEAK_INCOME): { reported: boolean; min: number | null; below: number | null } {
  switch (cls) {
    case 'unreported':
      return { reported: false, min: null, below: null };
    case 'hollow':
      return { reported: true, min: null, below: 1 };
    case 'weak':
      return { reported: true, min: 1, below: weakBelow };
    case 'ok':
      return { reported: true, min: weakBelow, below: null };
  }
}
