import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { lights, type Light } from '../../ledger/model';
import type { Figure } from '../api';
import { pagePathFor } from '../shared/figure-path';
import { EChart } from './EChart';
import { LIGHT_COLORS } from './colors';

/** 亮灯情况: a donut of red, yellow and green; a slice opens its tasks. */
export function LightPie({ byLight, height = 260, dark }: { byLight: Record<Light, Figure>; height?: number | string; dark?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const option = useMemo(() => {
    const total = lights.reduce((n, l) => n + byLight[l].count, 0);
    return {
      tooltip: { trigger: 'item', formatter: t('dashboard.pieTooltip') },
      legend: { bottom: 0, textStyle: { fontSize: dark ? 16 : 12 } },
      title: undefined,
      graphic: undefined,
      series: [
        {
          type: 'pie',
          radius: ['48%', '72%'],
          center: ['50%', '45%'],
          avoidLabelOverlap: true,
          label: { show: true, formatter: '{b}\n{c}', fontSize: dark ? 18 : 13 },
          emptyCircleStyle: { color: '#eee' },
          data: lights
            .filter((l) => byLight[l].count > 0)
            .map((l) => ({ name: t(`ledger.light.${l}`), value: byLight[l].count, itemStyle: { color: LIGHT_COLORS[l] }, light: l })),
        },
        {
          type: 'pie',
          radius: ['0%', '0%'],
          center: ['50%', '45%'],
          silent: true,
          label: { show: true, position: 'center', formatter: String(total), fontSize: dark ? 34 : 24, fontWeight: 'bold' },
          data: [{ value: 1, name: '' }],
        },
      ],
    };
  }, [byLight, t, dark]);
  return (
    <EChart
      option={option}
      height={height}
      dark={dark}
      data-testid="chart-lights"
      onClick={(e) => {
        const l = (e.data as { light?: Light } | undefined)?.light;
        if (l) navigate(pagePathFor(byLight[l].list));
      }}
    />
  );
}
