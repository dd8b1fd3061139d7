import { DatePicker, Segmented, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import type { TreeUnit } from '../../units/api';
import { periodKinds, periodRange, type PeriodChoice, type PeriodKind } from './period';
import { fromDay, toDay } from '../../../lib/date-field';
import { useToday } from '../../../lib/use-date-time';

interface Props {
  units: TreeUnit[];
  unitId: number | null;
  onUnit: (id: number) => void;
  period: PeriodChoice;
  onPeriod: (p: PeriodChoice) => void;
  /** Kinds offered (the battle map has no use for a custom 'to' in the past, but allows it). */
  kinds?: readonly PeriodKind[];
  /** A current period ends today (default), or runs to its end. */
  clip?: boolean;
}

/** 范围 (a unit and its subtree) and 统计期间 (a month, a quarter, a year or a range). */
export function ScopeBar({ units, unitId, onUnit, period, onPeriod, kinds = periodKinds, clip = true }: Props) {
  const t = useT();
  const today = useToday();
  const pickKind = (kind: PeriodKind) => {
    if (kind === 'custom') onPeriod({ kind, from: period.from, to: period.to });
    else onPeriod({ kind, ...periodRange(kind, period.from, today, clip) });
  };
  const pickAnchor = (d: Dayjs | null) => {
    if (!d || period.kind === 'custom') return;
    onPeriod({ kind: period.kind, ...periodRange(period.kind, toDay(d)!, today, clip) });
  };
  return (
    <Space wrap data-testid="scope-bar">
      <UnitTreeSelect
        units={units}
        value={unitId}
        onChange={(v) => v !== null && onUnit(v)}
        placeholder={t('dashboard.scope')}
        style={{ minWidth: 220 }}
        data-testid="scope-unit"
      />
      <Segmented
        value={period.kind}
        onChange={(v) => pickKind(v as PeriodKind)}
        options={kinds.map((k) => ({ value: k, label: t(`dashboard.period.${k}`) }))}
        data-testid="period-kind"
      />
      {period.kind === 'custom' ? (
        <DatePicker.RangePicker
          value={[fromDay(period.from), fromDay(period.to)]}
          allowClear={false}
          onChange={(r) => r?.[0] && r[1] && onPeriod({ kind: 'custom', from: toDay(r[0])!, to: toDay(r[1])! })}
          data-testid="period-range"
        />
      ) : (
        <DatePicker picker={period.kind} value={fromDay(period.from)} allowClear={false} onChange={pickAnchor} data-testid="period-anchor" />
      )}
    </Space>
  );
}
