import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { lights } from '../../ledger/model';
import type { Figure, UnitRow } from '../api';
import { pagePathFor } from '../shared/figure-path';
import { EChart } from './EChart';
import { LIGHT_COLORS, SIGNED_OFF_COLOR } from './colors';

/**
 * 各单位推进情况: per child unit, stacked red / yellow / green / signed off. A click on a bar
 * opens the ledger filtered by that unit (and that colour); on the unit's name, all its tasks.
 */
export function UnitBars({ rows, height = 320, dark }: { rows: UnitRow[]; height?: number | string; dark?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const shown = useMemo(() => rows.filter((r) => r.active.count > 0), [rows]);
  const option = useMemo(() => {
    const seg = (name: string, color: string, pick: (r: UnitRow) => Figure) => ({
      name,
      type: 'bar',
      stack: 'units',
      barMaxWidth: 36,
      itemStyle: { color },
      emphasis: { focus: 'series' },
      label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : ''), fontSize: dark ? 14 : 11 },
      data: shown.map((r) => ({ value: pick(r).count, list: pick(r).list })),
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { fontSize: dark ? 16 : 12 } },
      grid: { left: 8, right: 16, top: 36, bottom: shown.length > 10 ? 40 : 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: shown.map((r) => r.unit.name),
        triggerEvent: true,
        axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0, fontSize: dark ? 15 : 12 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: shown.length > 14 ? [{ type: 'slider', startValue: 0, endValue: 13, height: 16, bottom: 4 }] : [],
      series: [
        ...lights.map((l) => seg(t(`ledger.light.${l}`), LIGHT_COLORS[l], (r) => r.byLight[l])),
        seg(t('ledger.status.signedOff'), SIGNED_OFF_COLOR, (r) => r.signedOff),
      ],
    };
  }, [shown, t, dark]);
  if (!shown.length) return null;
  return (
    <EChart
      option={option}
      height={height}
      dark={dark}
      data-testid="chart-units"
      onClick={(e) => {
        const list = (e.data as { list?: string } | undefined)?.list;
        if (list) return navigate(pagePathFor(list));
        if (e.componentType === 'xAxis') {
          const row = shown.find((r) => r.unit.name === (e as unknown as { value: string }).value);
          if (row) navigate(pagePathFor(row.active.list));
        }
      }}
    />
  );
}
