import { Card, Col, Row, Statistic } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useT } from '../../../i18n/I18nProvider';
import { pageOf } from '../api';
import { weakLaxApi, weakLaxStages } from './api';

/** 已认定 / 整顿中 / 已验收 / 跟踪观察 (and 已排查未认定): each figure opens the list it counts; the 倒排 share under a quota. */
export function WeakLaxFigures({ year, unitId }: { year: number | undefined; unitId: number | undefined }) {
  const t = useT();
  const q = { year, unitId };
  const figures = useQuery({
    queryKey: keys.partyOrgs.weakLaxFigures(JSON.stringify(q)),
    queryFn: ({ signal }) => weakLaxApi.figures(q, signal),
    placeholderData: keepPreviousData,
  });
  const f = figures.data;
  const tiles = [
    ...weakLaxStages.map((s) => ({ key: s, label: t(`partyOrgs.weakLax.figures.${s}`), figure: f?.byStage[s] })),
    { key: 'screened', label: t('partyOrgs.weakLax.figures.screened'), figure: f?.screened },
  ];
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="weak-lax-figures">
        {tiles.map((x) => (
          <Col key={x.key} xs={12} md={8} xl={4}>
            <Link to={x.figure ? pageOf(x.figure.list) : '#'} data-testid={`weak-lax-figure-${x.key}`}>
              <Card size="small" hoverable>
                <Statistic title={x.label} value={x.figure?.count ?? '–'} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {f?.quota && (
        <div style={{ marginBottom: 12, color: '#555' }} data-testid="weak-lax-quota">
          {t('partyOrgs.weakLax.quota', {
            designated: f.quota.designated,
            organizations: f.quota.organizations,
            quota: f.quota.quota,
            percent: f.quota.percent,
            share: f.quota.share === null ? '–' : Math.round(f.quota.share * 1000) / 10,
          })}
        </div>
      )}
    </>
  );
}
