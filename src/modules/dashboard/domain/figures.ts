/** A count and the list endpoint (with its filters) that answers exactly those rows. */
export interface Figure {
  count: number;
  list: string;
}

/** A rate carries the two figures it is computed from, so every percentage can be opened. */
export interface RateFigure {
  /** numerator / denominator, rounded to 4 decimals; null when the denominator is 0. */
  rate: number | null;
  numerator: Figure;
  denominator: Figure;
}

export function rateOf(numerator: Figure, denominator: Figure): RateFigure {
  return { rate: denominator.count ? Math.round((numerator.count / denominator.count) * 10000) / 10000 : null, numerator, denominator };
}

/** '87.5%' for 0.875, '—' for no rate: how briefings and tables print a rate. */
export function percent(rate: number | null): string {
  if (rate === null) return '—';
  const p = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}
