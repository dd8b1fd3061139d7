/**
 * The dashboard's period: a month, a quarter, a year or a custom range, anchored on a date and
 * kept in the URL. A current period ends today (年初至今, 本月至今): what has happened so far.
 */
export const periodKinds = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m: 1-12

export function periodRange(kind: Exclude<PeriodKind, 'custom'>, anchor: string, today: string, clip = true): Period {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7));
  let from: string;
  let to: string;
  if (kind === 'month') {
    from = `${y}-${pad(m)}-01`;
    to = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
  } else if (kind === 'quarter') {
    const q0 = Math.floor((m - 1) / 3) * 3 + 1;
    from = `${y}-${pad(q0)}-01`;
    to = `${y}-${pad(q0 + 2)}-${pad(lastDay(y, q0 + 2))}`;
  } else {
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  }
  if (clip && from <= today && today < to) to = today;
  return { from, to };
}

export interface PeriodChoice extends Period {
  kind: PeriodKind;
}

const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * `?period=quarter&at=2026-08-01` or `?period=custom&from=…&to=…`; default this year so far.
 * `clip` false keeps a current period whole (the battle map looks ahead to deadlines).
 */
export function parsePeriod(params: URLSearchParams, today: string, fallback: PeriodKind = 'year', clip = true): PeriodChoice {
  const raw = params.get('period');
  const kind: PeriodKind = (periodKinds as readonly string[]).includes(raw ?? '') ? (raw as PeriodKind) : fallback;
  if (kind === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (isDate(from) && isDate(to) && from <= to) return { kind, from, to };
    return { kind: 'year', ...periodRange('year', today, today, clip) };
  }
  const at = params.get('at');
  return { kind, ...periodRange(kind, isDate(at) ? at : today, today, clip) };
}

/** The URL parameters of a choice (the anchor is the period's first day). */
export function periodParams(p: PeriodChoice): Record<string, string> {
  return p.kind === 'custom' ? { period: 'custom', from: p.from, to: p.to } : { period: p.kind, at: p.from };
}
