import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { Figure, SourceRow } from '../api';
import { pagePathFor } from '../shared/figure-path';
import { EChart } from './EChart';
import { LIGHT_COLORS, LINE_COLORS } from './colors';

const short = (s: string, n = 14) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** 按部署来源: per source, its tasks, those signed off and those overdue; a bar opens its tasks. */
export function SourceBars({ rows, height, dark }: { rows: SourceRow[]; height?: number; dark?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const option = useMemo(() => {
    const bar = (key: 'active' | 'signedOff' | 'overdue', color: string) => ({
      name: t(`dashboard.source.${key}`),
      type: 'bar',
      barMaxWidth: 18,
      itemStyle: { color },
      label: { show: true, position: 'right', fontSize: dark ? 14 : 11 },
      data: rows.map((r) => ({ value: (r[key] as Figure).count, list: (r[key] as Figure).list })),
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { fontSize: dark ? 16 : 12 } },
      grid: { left: 8, right: 32, top: 36, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => short(r.source.title)) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [bar('active', LINE_COLORS.dispatched), bar('signedOff', LINE_COLORS.signedOff), bar('overdue', LIGHT_COLORS.red)],
    };
  }, [rows, t, dark]);
  if (!rows.length) return null;
  return (
    <EChart
      option={option}
      height={height ?? Math.max(200, 60 + rows.length * 56)}
      dark={dark}
      data-testid="chart-sources"
      onClick={(e) => {
        const list = (e.data as { list?: string } | undefined)?.list;
        if (list) navigate(pagePathFor(list));
      }}
    />
  );
}
