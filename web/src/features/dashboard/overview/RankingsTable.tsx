import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import type { RankingItem, RankingWeights, RateFigure, Rankings } from '../api';
import { FigureLink } from '../shared/FigureLink';
import { formatRate } from '../shared/figure-path';
import { WeightsModal } from './WeightsModal';

const pct = (w: number) => `${Math.round(w * 100) / 100}`;

/** A rate with its two counts, each a link: 15%（3/20）. */
function RateCell({ rate, testId }: { rate: RateFigure; testId?: string }) {
  if (rate.denominator.count === 0) return <span style={{ color: '#bbb' }}>—</span>;
  return (
    <span data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
      <FigureLink figure={rate.numerator}>{formatRate(rate.rate)}</FigureLink>
      <span style={{ color: '#888', marginInlineStart: 4 }}>
        (<FigureLink figure={rate.numerator} />/<FigureLink figure={rate.denominator} />)
      </span>
    </span>
  );
}

export function weightsText(t: ReturnType<typeof useT>, w: RankingWeights): string {
  return t('dashboard.ranking.weights', {
    completion: pct(w.completion),
    onTime: pct(w.onTime),
    overdue: pct(w.overdue),
    rect: w.rectification > 0 ? t('dashboard.ranking.rectWeight', { rectification: pct(w.rectification) }) : '',
  });
}

/** 单位排名: child units on outcomes (never individuals), with the weights used. */
export function RankingsTable({ data, onWeightsSaved }: { data: Rankings | undefined; onWeightsSaved: () => void }) {
  const t = useT();
  const access = useAccess();
  const [editing, setEditing] = useState(false);
  const withRect = data?.items.some((i) => i.rectificationRate) ?? false;
  const columns: ColumnsType<RankingItem> = [
    { title: t('dashboard.ranking.rank'), dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? t('dashboard.ranking.unranked') },
    { title: t('dashboard.ranking.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('dashboard.ranking.score'), dataIndex: 'score', width: 100, render: (s: number | null) => (s === null ? '—' : s.toFixed(1)) },
    { title: t('dashboard.ranking.completion'), key: 'completion', render: (_, r) => <RateCell rate={r.completionRate} /> },
    { title: t('dashboard.ranking.onTime'), key: 'onTime', render: (_, r) => <RateCell rate={r.onTimeRate} /> },
    {
      title: t('dashboard.ranking.overdue'),
      key: 'overdue',
      width: 100,
      render: (_, r) => <FigureLink figure={r.overdue} data-testid={`rank-overdue-${r.unit.id}`} />,
    },
    ...(withRect
      ? [
          {
            title: t('dashboard.ranking.rectification'),
            key: 'rect',
            render: (_: unknown, r: RankingItem) => (r.rectificationRate ? <RateCell rate={r.rectificationRate} /> : '—'),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="dash-rankings">
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text type="secondary" data-testid="rank-weights">
          {data ? weightsText(t, data.weights) : ''}
          {' · '}
          {t('dashboard.ranking.note')}
        </Typography.Text>
        {access.has('dashboard.manage') && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="rank-edit-weights">
            {t('dashboard.ranking.editWeights')}
          </Button>
        )}
      </Space>
      <Table<RankingItem>
        size="small"
        rowKey={(r) => r.unit.id}
        columns={columns}
        dataSource={(data?.items ?? []).filter((i) => i.score !== null || i.completionRate.denominator.count > 0)}
        pagination={false}
        loading={!data}
        scroll={{ x: 720 }}
      />
      {editing && (
        <WeightsModal
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onWeightsSaved();
          }}
        />
      )}
    </div>
  );
}
