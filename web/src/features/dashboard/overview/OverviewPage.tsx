import { Alert, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { DesktopOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useMe } from '../../../session/SessionProvider';
import { usePageTitle } from '../../../lib/use-page-title';
import { errorText } from '../../../lib/error-text';
import { useUnitTree } from '../../units/use-unit-tree';
import { LightPie } from '../charts/LightPie';
import { SourceBars } from '../charts/SourceBars';
import { TrendLines } from '../charts/TrendLines';
import { UnitBars } from '../charts/UnitBars';
import { LIGHT_COLORS } from '../charts/colors';
import { FigureLink } from '../shared/FigureLink';
import { LiveBadge } from '../shared/LiveBadge';
import { ScopeBar } from '../shared/ScopeBar';
import { CountCard, fillNodes, RateCard } from '../shared/StatCard';
import { useDashboard } from '../shared/use-dashboard';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useScopeParams } from '../shared/use-scope-params';
import { periodParams } from '../shared/period';
import styles from '../shared/dashboard.module.css';
import { ProblemsPanel } from './ProblemsPanel';
import { RankingsTable } from './RankingsTable';
import { PartyOrgsPanel } from './PartyOrgsPanel';
import { StatusTags } from './StatusTags';
import { TaskTopList } from './TaskTopList';
import { FigureInstructions } from './FigureInstructions';

/** 领导驾驶舱 · 总体情况: where the work stands in a scope, every number opening its list. */
export function OverviewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { menu } = useMe();
  usePageTitle(t('dashboard.title'));
  const scope = useScopeParams('year');
  const tree = useUnitTree();
  const { overview, rankings, live, updatedAt } = useDashboard(scope.unitId, scope.period);
  const invalidate = useInvalidate();
  const d = overview.data;
  const unitId = scope.unitId ?? d?.scope.unitId ?? null;
  const qs = new URLSearchParams({ ...(unitId ? { unitId: String(unitId) } : {}), ...periodParams(scope.period) }).toString();
  const problems = d?.contributions.problems;
  const partyOrgs = d?.contributions.partyOrgs;

  return (
    <div data-testid="dashboard-overview">
      <Card
        size="small"
        style={{ marginBottom: 12 }}
        title={
          <Space size="middle" wrap>
            <span>
              {t('dashboard.title')}
              {d?.scope.name ? ` · ${d.scope.name}` : ''}
            </span>
            <LiveBadge state={live} updatedAt={updatedAt} />
            {d && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                {t('dashboard.asOf', { date: d.asOf })}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          <Space>
            {menu.includes('dashboard.battleMap') && (
              <Button icon={<ScheduleOutlined />} onClick={() => navigate(`/dashboard/battle-map?${qs}`)} data-testid="open-battle-map">
                {t('dashboard.battleMapButton')}
              </Button>
            )}
            <Button icon={<DesktopOutlined />} onClick={() => navigate(`/dashboard/wall?${qs}`)} data-testid="open-wall">
              {t('dashboard.wallButton')}
            </Button>
          </Space>
        }
      >
        <ScopeBar units={tree.units} unitId={unitId} onUnit={scope.setUnit} period={scope.period} onPeriod={scope.setPeriod} />
      </Card>

      {overview.error != null && <Alert type="error" showIcon title={errorText(overview.error, t)} style={{ marginBottom: 12 }} />}
      {!d ? (
        <div style={{ textAlign: 'center', padding: 48 }}>{overview.isFetching && <Spin size="large" />}</div>
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={12} md={8} xl={4}>
              <CountCard title={t('dashboard.card.active')} hint={t('dashboard.card.activeHint')} figure={d.active} testId="fig-active" />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <CountCard title={t('dashboard.card.signedOff')} figure={d.signedOff} testId="fig-signedOff" color={LIGHT_COLORS.green} />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <RateCard
                title={t('dashboard.card.completionRate')}
                rate={d.completionRate}
                testId="fig-completion"
                of={(num, den) => fillNodes(t('dashboard.card.completionOf'), { num, den })}
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <RateCard
                title={t('dashboard.card.onTimeRate')}
                rate={d.period.onTimeRate}
                testId="fig-onTime"
                of={(num, den) => fillNodes(t('dashboard.card.onTimeOf'), { num, den })}
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <CountCard
                title={t('dashboard.card.overdue')}
                hint={t('dashboard.card.overdueHint')}
                figure={d.overdue}
                testId="fig-overdue"
                color={LIGHT_COLORS.red}
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <CountCard
                title={t('dashboard.card.lagging')}
                hint={t('dashboard.card.laggingHint')}
                figure={d.lagging}
                testId="fig-lagging"
                color={LIGHT_COLORS.yellow}
              />
            </Col>
          </Row>

          <FigureInstructions
            unitId={unitId}
            scopeName={d.scope.name}
            figures={[
              { name: t('dashboard.card.active'), figure: d.active },
              { name: t('dashboard.card.signedOff'), figure: d.signedOff },
              { name: t('dashboard.card.overdue'), figure: d.overdue },
              { name: t('dashboard.card.lagging'), figure: d.lagging },
              { name: t('ledger.light.red'), figure: d.byLight.red },
              { name: t('ledger.light.yellow'), figure: d.byLight.yellow },
              { name: t('dashboard.card.dispatched'), figure: d.period.dispatched },
            ]}
          />

          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('dashboard.section.lights')} style={{ height: '100%' }}>
                <LightPie byLight={d.byLight} />
                <Space size="large" style={{ width: '100%', justifyContent: 'center' }}>
                  {(['red', 'yellow', 'green'] as const).map((l) => (
                    <span key={l}>
                      {t(`ledger.light.${l}`)}{' '}
                      <FigureLink figure={d.byLight[l]} data-testid={`fig-light-${l}`} style={{ color: LIGHT_COLORS[l], fontWeight: 600, fontSize: 16 }} />
                    </span>
                  ))}
                </Space>
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card size="small" title={t('dashboard.section.status')} style={{ marginBottom: 12 }}>
                <StatusTags byStatus={d.byStatus} />
                <div style={{ marginTop: 12, color: '#888' }}>
                  {t('dashboard.card.dispatched')} <FigureLink figure={d.period.dispatched} data-testid="fig-period-dispatched" />
                  {'　'}
                  {t('dashboard.card.periodSignedOff')} <FigureLink figure={d.period.signedOff} data-testid="fig-period-signedOff" />
                  {'　'}
                  {t('dashboard.period.range', { from: d.period.from, to: d.period.to })}
                </div>
              </Card>
              <Card size="small" title={t('dashboard.section.trends')}>
                <TrendLines trends={d.period.trends} height={200} />
              </Card>
            </Col>
          </Row>

          {d.byUnit.some((r) => r.active.count > 0) && (
            <Card
              size="small"
              style={{ marginBottom: 12 }}
              title={
                <>
                  {t('dashboard.section.byUnit')}
                  <span className={styles.sectionHint}>{t('dashboard.section.byUnitHint')}</span>
                </>
              }
            >
              <UnitBars rows={d.byUnit} />
            </Card>
          )}

          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('dashboard.section.overdueList')} style={{ height: '100%' }}>
                <TaskTopList figure={d.overdue} items={d.overdue.items} testId="list-overdue" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('dashboard.section.laggingList')} style={{ height: '100%' }}>
                <TaskTopList figure={d.lagging} items={d.lagging.items} testId="list-lagging" />
              </Card>
            </Col>
          </Row>

          {d.bySource.length > 0 && (
            <Card size="small" title={t('dashboard.section.bySource')} style={{ marginBottom: 12 }}>
              <SourceBars rows={d.bySource} />
            </Card>
          )}

          {problems && Object.keys(problems).length > 0 && (
            <Card size="small" title={t('dashboard.section.problems')} style={{ marginBottom: 12 }}>
              <ProblemsPanel figures={problems} />
            </Card>
          )}

          {partyOrgs && Object.keys(partyOrgs).length > 0 && (
            <Card size="small" title={t('partyOrgs.dashboard.title')} style={{ marginBottom: 12 }}>
              <PartyOrgsPanel figures={partyOrgs} />
            </Card>
          )}

          <Card size="small" title={t('dashboard.section.rankings')}>
            {rankings.error != null ? (
              <Alert type="warning" showIcon title={errorText(rankings.error, t)} />
            ) : (
              <RankingsTable data={rankings.data} onWeightsSaved={() => void invalidate(keys.dashboard.all)} />
            )}
          </Card>
        </>
      )}
    </div>
  );
}
