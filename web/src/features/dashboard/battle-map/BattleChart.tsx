import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { BattleMap } from '../api';
import { EChart } from '../charts/EChart';
import { LIGHT_COLORS, SIGNED_OFF_COLOR } from '../charts/colors';
import { axisRange, barSpan, battleRows, type BattleRow } from './battle-rows';

const DAY = 86_400_000;
const ROW_PX = 30;
const ms = (d: string) => Date.parse(`${d}T00:00:00`);
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

interface RenderApi {
  coord: (v: [number, number]) => [number, number];
  size: (v: [number, number]) => [number, number];
  value: (dim: number) => number;
}

/**
 * 挂图作战 as a Gantt-like chart: one line per task under its group's heading; each bar runs
 * from dispatch to the deadline, coloured by the task's light (grey once signed off); ◆ marks a
 * milestone (red when late, hollow when done), a bar at the end the deadline; a red line today.
 */
export function BattleChart({ data, dark }: { data: BattleMap; dark?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const rows = useMemo(() => battleRows(data.groups), [data.groups]);
  const option = useMemo(() => {
    const range = axisRange(data.groups, data.period, data.asOf);
    const labels = rows.map((r) =>
      r.kind === 'group' ? `{g|${short(r.name, 16)}（${r.count}）}` : `{t|${short(`${r.task.number ? `${r.task.number} ` : ''}${r.task.title}`, 22)}}`,
    );
    const items = rows.flatMap((r, i) => {
      if (r.kind !== 'task') return [];
      const span = barSpan(r.task, data.period, data.asOf);
      return [{ value: [i, ms(span.start), ms(span.end) + DAY], row: r }];
    });
    const renderItem = (_params: unknown, api: RenderApi) => {
      const i = api.value(0);
      const row = rows[i] as Extract<BattleRow, { kind: 'task' }>;
      const task = row.task;
      const [x0, y] = api.coord([api.value(1), i]);
      const [x1] = api.coord([api.value(2), i]);
      const h = Math.min(api.size([0, 1])[1] * 0.56, 16);
      const color = task.status === 'signedOff' || !task.light ? SIGNED_OFF_COLOR : LIGHT_COLORS[task.light];
      const children: unknown[] = [
        { type: 'rect', shape: { x: x0, y: y - h / 2, width: Math.max(x1 - x0, 3), height: h, r: 3 }, style: { fill: color, opacity: 0.85 } },
      ];
      if (task.deadline) {
        const [xd] = api.coord([ms(task.deadline) + DAY, i]);
        children.push({ type: 'rect', shape: { x: xd - 2, y: y - h / 2 - 3, width: 3, height: h + 6 }, style: { fill: dark ? '#fff' : '#333' } });
      }
      for (const m of task.milestones) {
        const [xm] = api.coord([ms(m.due) + DAY / 2, i]);
        const s = 6;
        children.push({
          type: 'polygon',
          shape: {
            points: [
              [xm, y - s],
              [xm + s, y],
              [xm, y + s],
              [xm - s, y],
            ],
          },
          style: { fill: m.doneOn ? '#fff' : m.late ? LIGHT_COLORS.red : '#1677ff', stroke: m.late ? LIGHT_COLORS.red : '#1677ff', lineWidth: 1.5 },
        });
      }
      return { type: 'group', children };
    };
    const text = dark ? '#e6edf5' : '#333';
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { row?: Extract<BattleRow, { kind: 'task' }> } }) => {
          const task = p.data?.row?.task;
          if (!task) return '';
          const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          const lines = [
            `<b>${esc(task.title)}</b>`,
            esc(p.data!.row!.groupName),
            t('dashboard.battle.span', { start: task.start ?? '—', deadline: task.deadline ?? '—' }),
            task.light ? t(`ledger.light.${task.light}`) : task.signedOffOn ? t('dashboard.battle.signedOffOn', { date: task.signedOffOn }) : '',
            ...task.milestones.map((m) => `◆ ${esc(m.title ?? '')} ${m.due}${m.doneOn ? ' ✓' : m.late ? ` ${t('dashboard.battle.milestoneLate')}` : ''}`),
            `<span style="color:#999">${t('dashboard.battle.open')}</span>`,
          ];
          return lines.filter(Boolean).join('<br/>');
        },
      },
      grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
      xAxis: {
        type: 'time',
        position: 'top',
        min: ms(range.min),
        max: ms(range.max) + DAY,
        splitLine: { show: true, lineStyle: { color: dark ? 'rgba(255,255,255,0.08)' : '#f0f0f0' } },
        axisLabel: { color: text, hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisTick: { show: false },
        axisLabel: {
          color: text,
          rich: { g: { fontWeight: 'bold', color: dark ? '#7fc4ff' : '#c8161d', fontSize: 13 }, t: { color: text, fontSize: 12 } },
        },
        splitLine: { show: true, lineStyle: { color: dark ? 'rgba(255,255,255,0.05)' : '#fafafa' } },
      },
      dataZoom: [
        { type: 'slider', xAxisIndex: 0, bottom: 8, height: 18 },
        { type: 'inside', xAxisIndex: 0 },
      ],
      series: [
        {
          type: 'custom',
          renderItem,
          encode: { x: [1, 2], y: 0 },
          data: items,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: LIGHT_COLORS.red, type: 'dashed', width: 1.5 },
            label: { formatter: t('dashboard.battle.today'), color: LIGHT_COLORS.red },
            data: [{ xAxis: ms(data.asOf) + DAY / 2 }],
          },
        },
      ],
    };
  }, [rows, data, t, dark]);

  return (
    <EChart
      option={option}
      height={Math.max(240, rows.length * ROW_PX + 90)}
      dark={dark}
      data-testid="battle-chart"
      onClick={(e) => {
        const row = (e.data as { row?: Extract<BattleRow, { kind: 'task' }> } | undefined)?.row;
        if (row) navigate(`/ledger/tasks/${row.task.id}`);
      }}
    />
  );
}
