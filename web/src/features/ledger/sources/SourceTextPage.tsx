import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { sourcesApi } from '../api';
import { SourceText } from '../shared/SourceText';
import { Instructions } from '../detail/Instructions';

/** A source's full text, with a task's span lit up (/ledger/sources/:id?start=&end=&task=). */
export function SourceTextPage() {
  const t = useT();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const source = useQuery({ queryKey: keys.sources.detail(id), queryFn: ({ signal }) => sourcesApi.get(id, signal) });
  usePageTitle(source.data?.title ?? t('ledger.source.title'));
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const highlight = params.has('start') && params.has('end') && end > start ? { start, end } : null;
  const taskId = params.get('task');

  if (source.error != null) return <Alert type="error" showIcon title={errorText(source.error, t)} />;
  if (!source.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const s = source.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space orientation="vertical" size={0}>
            <span data-testid="source-title">{s.title}</span>
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {[t(`ledger.sourceKind.${s.kind}`), s.issuer, s.date].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            {taskId && <Link to={`/ledger/tasks/${taskId}`}>{t('ledger.detail.back')}</Link>}
            <Link to={`/ledger?sourceId=${s.id}`}>
              <Button>{t('ledger.source.openLedger')}</Button>
            </Link>
          </Space>
        }
      >
        {highlight && <Alert type="info" showIcon title={t('ledger.source.span')} style={{ marginBottom: 12 }} />}
        <SourceText text={s.text} highlight={highlight} />
      </Card>
      <Instructions target={{ kind: 'source', id: s.id }} />
    </Space>
  );
}
