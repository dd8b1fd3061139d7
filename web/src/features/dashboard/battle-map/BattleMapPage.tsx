import { Alert, Card, Empty, Segmented, Space, Spin, Typography } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { usePageTitle } from '../../../lib/use-page-title';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useLiveState } from '../../../api/live-updates';
import { errorText } from '../../../lib/error-text';
import { useUnitTree } from '../../units/use-unit-tree';
import { dashboardApi, type GroupBy } from '../api';
import { FigureLink } from '../shared/FigureLink';
import { LiveBadge } from '../shared/LiveBadge';
import { ScopeBar } from '../shared/ScopeBar';
import { useScopeParams } from '../shared/use-scope-params';
import { fillNodes } from '../shared/StatCard';
import { BattleChart } from './BattleChart';

/** 挂图作战: the scope's tasks due in the period against time, by unit or by source. */
export default function BattleMapPage() {
  const t = useT();
  usePageTitle(t('dashboard.battle.title'));
  const scope = useScopeParams('year', false);
  const groupBy: GroupBy = scope.params.get('groupBy') === 'source' ? 'source' : 'unit';
  const tree = useUnitTree();
  const query = { unitId: scope.unitId, from: scope.period.from, to: scope.period.to, groupBy };
  const map = useQuery({
    queryKey: keys.dashboard.battleMap(query),
    queryFn: ({ signal }) => dashboardApi.battleMap(query, signal),
    placeholderData: keepPreviousData,
  });
  const live = useLiveState();
  const d = map.data;
  const shown = d ? d.groups.reduce((n, g) => n + g.tasks.length, 0) : 0;

  return (
    <Card
      data-testid="battle-map"
      title={
        <Space size="middle">
          <span>
            {t('dashboard.battle.title')}
            {d?.scope.name ? ` · ${d.scope.name}` : ''}
          </span>
          <LiveBadge state={live} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <ScopeBar
          units={tree.units}
          unitId={scope.unitId ?? d?.scope.unitId ?? null}
          onUnit={scope.setUnit}
          period={scope.period}
          onPeriod={scope.setPeriod}
          clip={false}
        />
        <Segmented
          value={groupBy}
          onChange={(v) => scope.write({ extra: { groupBy: v === 'source' ? 'source' : undefined } })}
          options={[
            { value: 'unit', label: t('dashboard.battle.groupUnit') },
            { value: 'source', label: t('dashboard.battle.groupSource') },
          ]}
          data-testid="battle-group-by"
        />
      </Space>
      {map.error != null && <Alert type="error" showIcon title={errorText(map.error, t)} style={{ marginBottom: 12 }} />}
      {d && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text>{fillNodes(t('dashboard.battle.total'), { count: <FigureLink figure={d.total} data-testid="battle-total" /> })}</Typography.Text>
          {d.truncated && <Typography.Text type="warning">（{t('dashboard.battle.truncated', { shown })}）</Typography.Text>}
          <Typography.Text type="secondary" style={{ marginInlineStart: 16, fontSize: 12 }}>
            {t('dashboard.battle.legend')}
          </Typography.Text>
        </div>
      )}
      {!d ? (
        <div style={{ textAlign: 'center', padding: 48 }}>{map.isFetching && <Spin size="large" />}</div>
      ) : shown === 0 ? (
        <Empty description={t('dashboard.battle.empty')} />
      ) : (
        <BattleChart data={d} />
      )}
    </Card>
  );
}
