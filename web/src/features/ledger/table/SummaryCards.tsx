import { Card, Col, Row, Statistic, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { taskStatuses, type Light } from '../model';
import type { Figure, Summary } from '../api';
import { lightColor } from '../shared/StatusTag';
import { ledgerPathFor } from './ledger-query';

/** Every number is a link to the list it counts (the server sends that list's URL with it). */
export function SummaryCards({ summary, loading = false }: { summary: Summary | undefined; loading?: boolean }) {
  const t = useT();
  if (!summary) return null;
  const card = (testId: string, title: string, f: Figure, color?: string) => (
    <Col xs={12} sm={6}>
      <Link to={ledgerPathFor(f.list)} data-testid={testId}>
        <Card size="small" hoverable>
          <Statistic title={title} value={f.count} loading={loading} styles={{ content: { color } }} />
        </Card>
      </Link>
    </Col>
  );
  const lightCard = (l: Light) => card(`summary-${l}`, t(`ledger.summary.${l}`), summary.byLight[l], lightColor[l]);
  return (
    <div data-testid="ledger-summary" aria-busy={loading} style={{ marginBottom: 12 }}>
      <Row gutter={[12, 12]}>
        {card('summary-total', t('ledger.summary.total'), summary.total)}
        {lightCard('red')}
        {lightCard('yellow')}
        {lightCard('green')}
      </Row>
      <div style={{ marginTop: 8 }}>
        <span style={{ color: '#888', marginInlineEnd: 8 }}>{t('ledger.summary.byStatus')}</span>
        {taskStatuses
          .filter((s) => summary.byStatus[s]?.count)
          .map((s) => (
            <Link key={s} to={ledgerPathFor(summary.byStatus[s]!.list)} data-testid={`summary-status-${s}`}>
              <Tag style={{ cursor: 'pointer' }}>
                {t(`ledger.status.${s}`)} {summary.byStatus[s]!.count}
              </Tag>
            </Link>
          ))}
      </div>
    </div>
  );
}
