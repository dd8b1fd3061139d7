import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod, periodParams, type PeriodChoice, type PeriodKind } from './period';
import { useToday } from '../../../lib/use-date-time';

/** The dashboard's scope unit and period live in the URL, so a view can be linked and reloaded. */
export function useScopeParams(defaultKind: PeriodKind = 'year', clip = true) {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const raw = params.get('unitId');
  const unitId = raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  const period = useMemo(() => parsePeriod(params, today, defaultKind, clip), [params, today, defaultKind, clip]);
  const write = useCallback(
    (next: { unitId?: number; period?: PeriodChoice; extra?: Record<string, string | undefined> }) => {
      const out = new URLSearchParams(params);
      for (const k of ['period', 'at', 'from', 'to']) if (next.period) out.delete(k);
      if (next.period) for (const [k, v] of Object.entries(periodParams(next.period))) out.set(k, v);
      if (next.unitId !== undefined) out.set('unitId', String(next.unitId));
      for (const [k, v] of Object.entries(next.extra ?? {})) {
        if (v === undefined) out.delete(k);
        else out.set(k, v);
      }
      setParams(out);
    },
    [params, setParams],
  );
  return { unitId, period, params, setUnit: (id: number) => write({ unitId: id }), setPeriod: (p: PeriodChoice) => write({ period: p }), write };
}
