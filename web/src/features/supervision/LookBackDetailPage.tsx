import { useState } from 'react';
import { Button, Card, Checkbox, Descriptions, Result, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { isApiError } from '../../api/errors';
import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { useDateTime } from '../../lib/use-date-time';
import { LightDot, StatusTag } from '../ledger/shared/StatusTag';
import { lookBacksApi, type CheckDecision, type LookBackCheck } from './api';
import { ScopeText } from './ScopeText';
import { useSources } from './use-sources';
import { CheckDecisionModal } from './CheckDecisionModal';

function DecisionCell({ check }: { check: LookBackCheck }) {
  const t = useT();
  const when = useDateTime();
  if (!check.decision)
    return (
      <Tag data-testid="check-decision" data-decision="pending">
        {t('supervision.check.pending')}
      </Tag>
    );
  return (
    <div>
      <Tag color={check.decision === 'confirm' ? 'success' : 'orange'} data-testid="check-decision" data-decision={check.decision}>
        {t(`supervision.check.${check.decision}`)}
      </Tag>
      <span style={{ color: '#888' }}>{t('supervision.check.decidedBy', { name: check.decidedBy?.name ?? '', at: when(check.decidedAt) })}</span>
      {check.reason && <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{check.reason}</div>}
      {check.deadline && (
        <div style={{ color: '#555' }}>
          {t('supervision.check.newDeadline')}
          {t('common.colon')}
          {check.deadline}
        </div>
      )}
    </div>
  );
}

export function LookBackDetailPage() {
  const t = useT();
  const when = useDateTime();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const lb = useQuery({ queryKey: keys.lookBacks.detail(id), queryFn: ({ signal }) => lookBacksApi.get(id, signal) });
  const invalidate = useInvalidate();
  const sources = useSources();
  const [pendingOnly, setPendingOnly] = useState(false);
  const [deciding, setDeciding] = useState<{ check: LookBackCheck; decision: CheckDecision } | null>(null);
  usePageTitle(t('supervision.detail.title', { id }));

  if (lb.error != null && !lb.data) {
    const notFound = isApiError(lb.error) && (lb.error.status === 404 || lb.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('supervision.detail.notFound') : errorText(lb.error, t)}
        extra={<Button onClick={() => navigate('/look-backs')}>{t('supervision.detail.back')}</Button>}
      />
    );
  }
  if (!lb.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const d = lb.data;
  const checks = pendingOnly ? d.checks.filter((c) => !c.decision) : d.checks;

  const columns: ColumnsType<LookBackCheck> = [
    {
      title: t('supervision.check.task'),
      dataIndex: 'task',
      width: 320,
      render: (task: LookBackCheck['task']) => (
        <Link to={`/ledger/tasks/${task.id}`} data-testid="check-task-link">
          {task.number && `${task.number} `}
          {task.title}
        </Link>
      ),
    },
    { title: t('supervision.check.leadUnit'), key: 'unit', width: 130, render: (_: unknown, c) => c.task.leadUnit?.name ?? '' },
    { title: t('supervision.check.deadline'), key: 'deadline', width: 110, render: (_: unknown, c) => c.task.deadline ?? '' },
    {
      title: t('supervision.check.status'),
      key: 'status',
      width: 170,
      render: (_: unknown, c) => (
        <Space size={4}>
          <StatusTag status={c.task.status} />
          <LightDot light={c.task.light} />
        </Space>
      ),
    },
    { title: t('supervision.check.decision'), key: 'decision', width: 280, render: (_: unknown, c) => <DecisionCell check={c} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_: unknown, c) =>
        !c.decision && (
          <Space>
            <Button size="small" type="primary" ghost onClick={() => setDeciding({ check: c, decision: 'confirm' })} data-testid="check-confirm">
              {t('supervision.check.confirm')}
            </Button>
            <Button size="small" danger onClick={() => setDeciding({ check: c, decision: 'reopen' })} data-testid="check-reopen">
              {t('supervision.check.reopen')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="look-back-detail">
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/look-backs')} aria-label={t('supervision.detail.back')} />
            {t('supervision.detail.title', { id: d.id })}
          </Space>
        }
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('supervision.col.scope')}>
            <ScopeText lookBack={d} sourceTitle={d.sourceId ? sources.byId.get(d.sourceId) : undefined} />
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.checks')}>
            {t('supervision.ofCandidates', { total: d.counts.total, candidates: d.candidates })}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.progress')}>
            <span data-testid="look-back-progress">{t('supervision.progress', d.counts)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.scheduledOn')}>
            <span data-testid="look-back-scheduled-on">{d.scheduledOn ?? when(d.createdAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.dueOn')}>
            <span data-testid="look-back-due-on">{d.dueOn ?? t('supervision.noDueOn')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.createdBy')}>{d.createdBy.name}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.createdAt')}>{when(d.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.col.note')}>{d.note ?? ''}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('supervision.detail.checks')}
        extra={
          <Checkbox checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)}>
            {t('supervision.detail.pendingOnly')}
          </Checkbox>
        }
      >
        <Table<LookBackCheck>
          rowKey="id"
          size="small"
          data-testid="look-back-checks"
          dataSource={checks}
          columns={columns}
          scroll={{ x: 'max-content' }}
          onRow={(c) => ({ 'data-testid': 'check-row', 'data-check-id': c.id }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
        />
      </Card>
      <CheckDecisionModal
        check={deciding?.check ?? null}
        decision={deciding?.decision ?? 'confirm'}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          // A reopened check reopens its task.
          void invalidate(keys.lookBacks.all, ...affectedBy('task'));
        }}
      />
    </Space>
  );
}
