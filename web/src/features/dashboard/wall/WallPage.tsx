import { useEffect, useMemo, useState } from 'react';
import { Button, Col, Row, Space, Spin, Switch } from 'antd';
import { CloseOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import { usePageTitle } from '../../../lib/use-page-title';
import { LightPie } from '../charts/LightPie';
import { TrendLines } from '../charts/TrendLines';
import { UnitBars } from '../charts/UnitBars';
import { LIGHT_COLORS } from '../charts/colors';
import { LiveBadge } from '../shared/LiveBadge';
import { fillNodes } from '../shared/StatCard';
import { useDashboard } from '../shared/use-dashboard';
import { useScopeParams } from '../shared/use-scope-params';
import { periodParams } from '../shared/period';
import { TaskTopList } from '../overview/TaskTopList';
import styles from '../shared/dashboard.module.css';
import { WallCount, WallPanel, WallRate } from './WallStat';
import { WallRankings } from './WallRankings';
import { useDateTime } from '../../../lib/use-date-time';

const REFRESH_MS = 60_000;
const CYCLE_MS = 20_000;

function useClock() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const id = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * 大屏展示: the overview, large and dark, over the whole window (no menus), refreshed every
 * 60 s and on every live event. Optionally cycles through the scope's child units.
 */
export function WallPage() {
  const t = useT();
  const navigate = useNavigate();
  const now = useClock();
  const when = useDateTime(); // the wall clock in the server's zone, wherever the screen is
  const scope = useScopeParams('year');
  const cycling = scope.params.get('cycle') === '1';
  const [cycleUnits, setCycleUnits] = useState<number[]>([]);
  const [idx, setIdx] = useState(0);
  const unitId = cycling && cycleUnits.length ? cycleUnits[idx % cycleUnits.length] : scope.unitId;
  const { overview, rankings, live, updatedAt } = useDashboard(unitId, scope.period, { refreshMs: REFRESH_MS, top: 6 });
  const d = overview.data;
  usePageTitle(d ? t('dashboard.wall.title', { name: d.scope.name }) : t('dashboard.wallButton'));

  // The units to cycle through: the chosen scope and its children that have tasks, fixed when cycling starts.
  useEffect(() => {
    if (!cycling) {
      setCycleUnits([]);
      setIdx(0);
      return;
    }
    if (cycleUnits.length || !d || d.scope.unitId === null) return;
    setCycleUnits([d.scope.unitId, ...d.byUnit.filter((r) => r.active.count > 0).map((r) => r.unit.id)]);
  }, [cycling, d, cycleUnits.length]);

  useEffect(() => {
    if (!cycling || cycleUnits.length < 2) return;
    const id = setInterval(() => setIdx((i) => i + 1), CYCLE_MS);
    return () => clearInterval(id);
  }, [cycling, cycleUnits.length]);

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const qs = new URLSearchParams({ ...(scope.unitId ? { unitId: String(scope.unitId) } : {}), ...periodParams(scope.period) });
    navigate(`/dashboard?${qs.toString()}`);
  };

  const byUnitShown = useMemo(() => (d ? d.byUnit.some((r) => r.active.count > 0) : false), [d]);

  return (
    <div className={styles.wall} data-testid="dashboard-wall">
      <div className={styles.wallHeader}>
        <div>
          <h1 className={styles.wallTitle}>{d ? t('dashboard.wall.title', { name: d.scope.name }) : ''}</h1>
          <div className={styles.wallSub}>
            {d && t('dashboard.period.range', { from: d.period.from, to: d.period.to })}
            {'　'}
            {when(now.toISOString(), { seconds: true })}
          </div>
        </div>
        <Space size="middle">
          <LiveBadge state={live} updatedAt={updatedAt} dark />
          <span style={{ color: '#8fa6bf' }}>{t('dashboard.wall.refreshEvery')}</span>
          <span style={{ color: '#cfd8e3' }}>
            {t('dashboard.wall.cycle')}{' '}
            <Switch size="small" checked={cycling} onChange={(on) => scope.write({ extra: { cycle: on ? '1' : undefined } })} data-testid="wall-cycle" />
          </span>
          <Button ghost icon={<FullscreenOutlined />} onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t('dashboard.wall.fullscreen')}
          </Button>
          <Button ghost icon={<CloseOutlined />} onClick={exit} data-testid="wall-exit">
            {t('dashboard.wall.exit')}
          </Button>
        </Space>
      </div>
      {!d ? (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col span={4}>
              <WallCount title={t('dashboard.card.active')} figure={d.active} testId="wall-active" />
            </Col>
            <Col span={4}>
              <WallCount title={t('dashboard.card.signedOff')} figure={d.signedOff} color="#73d13d" testId="wall-signedOff" />
            </Col>
            <Col span={4}>
              <WallRate
                title={t('dashboard.card.completionRate')}
                rate={d.completionRate}
                testId="wall-completion"
                of={(num, den) => fillNodes(t('dashboard.card.completionOf'), { num, den })}
              />
            </Col>
            <Col span={4}>
              <WallRate
                title={t('dashboard.card.onTimeRate')}
                rate={d.period.onTimeRate}
                testId="wall-onTime"
                of={(num, den) => fillNodes(t('dashboard.card.onTimeOf'), { num, den })}
              />
            </Col>
            <Col span={4}>
              <WallCount title={t('dashboard.card.overdue')} figure={d.overdue} color={LIGHT_COLORS.red} testId="wall-overdue" />
            </Col>
            <Col span={4}>
              <WallCount title={t('dashboard.card.lagging')} figure={d.lagging} color={LIGHT_COLORS.yellow} testId="wall-lagging" />
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col span={7}>
              <WallPanel title={t('dashboard.section.lights')}>
                <LightPie byLight={d.byLight} height="30vh" dark />
              </WallPanel>
            </Col>
            <Col span={17}>
              <WallPanel title={byUnitShown ? t('dashboard.section.byUnit') : t('dashboard.section.trends')}>
                {byUnitShown ? <UnitBars rows={d.byUnit} height="30vh" dark /> : <TrendLines trends={d.period.trends} height="30vh" dark />}
              </WallPanel>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col span={8}>
              <WallPanel title={t('dashboard.section.overdueList')}>
                <TaskTopList figure={d.overdue} items={d.overdue.items} testId="wall-list-overdue" />
              </WallPanel>
            </Col>
            <Col span={8}>
              <WallPanel title={t('dashboard.section.trends')}>
                <TrendLines trends={d.period.trends} height="24vh" dark />
              </WallPanel>
            </Col>
            <Col span={8}>
              <WallPanel title={t('dashboard.section.rankings')}>
                <WallRankings data={rankings.data} />
              </WallPanel>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
