import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { affectedBy, keys } from '../../../api/keys';
import { isApiError } from '../../../api/errors';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { DateTime } from '../../../lib/use-date-time';
import { usePageTitle } from '../../../lib/use-page-title';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { ledgerApi } from '../../ledger/api';
import { MeasuresTable } from '../../problems/detail/MeasuresTable';
import { WeakStatusTag } from '../shared/OrgTags';
import { weakLaxApi, type WeakLaxDetail } from './api';
import { WeakLaxMeasureModal } from './WeakLaxMeasureModal';
import { WeakLaxAcceptModal } from './WeakLaxAcceptModal';

type Acceptance = WeakLaxDetail['acceptances'][number];

/** One designation: 一村一策 plan, its measures (ledger tasks), 验收 with score and evidence, the watch year and its 回头看. */
export function WeakLaxDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidate();
  const id = Number(useParams().id);
  const item = useQuery({ queryKey: keys.partyOrgs.section('weakLaxDetail', { id }), queryFn: ({ signal }) => weakLaxApi.get(id, signal) });
  const settings = useQuery({ queryKey: keys.partyOrgs.section('weakLaxSettings', {}), queryFn: ({ signal }) => weakLaxApi.settings(signal) });
  const [plan, setPlan] = useState('');
  const [savingPlan, setSavingPlan] = useState(false);
  const [adding, setAdding] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const reload = () => void invalidate(...affectedBy('partyOrg'));
  usePageTitle(item.data?.org.name ?? t('partyOrgs.weakLax.title'));
  useEffect(() => setPlan(item.data?.plan ?? ''), [item.data?.plan]);

  if (item.error != null && !item.data) {
    const notFound = isApiError(item.error) && (item.error.status === 404 || item.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('partyOrgs.detail.notFound') : errorText(item.error, t)}
        extra={<Button onClick={() => navigate('/party-orgs/weak-lax')}>{t('partyOrgs.detail.back')}</Button>}
      />
    );
  }
  if (!item.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const w = item.data;
  const can = (a: WeakLaxDetail['actions'][number]) => w.actions.includes(a);
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/party-orgs/weak-lax'));
  const passScore = settings.data?.passScore ?? 70;

  const savePlan = async () => {
    setSavingPlan(true);
    try {
      await weakLaxApi.setPlan(w.id!, plan.trim(), w.version ?? 1);
      message.success(t('partyOrgs.weakLax.detail.planSaved'));
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setSavingPlan(false);
      reload();
    }
  };
  const dispatch = () =>
    modal.confirm({
      title: t('partyOrgs.weakLax.measure.dispatch'),
      content: t('partyOrgs.weakLax.measure.dispatchConfirm', { count: w.measureCounts.draft }),
      okButtonProps: { 'data-testid': 'weak-dispatch-confirm' },
      onOk: async () => {
        try {
          await weakLaxApi.dispatch(w.id!);
          message.success(t('partyOrgs.weakLax.measure.dispatched'));
        } catch (err) {
          message.error(errorText(err, t));
        } finally {
          reload();
        }
      },
    });
  const lookBack = (outcome: 'consolidated' | 'relapsed') =>
    modal.confirm({
      title: t('partyOrgs.weakLax.lookBack.title'),
      content: t(`partyOrgs.weakLax.lookBack.${outcome}`),
      okButtonProps: { 'data-testid': 'weak-look-back-confirm' },
      onOk: async () => {
        try {
          await weakLaxApi.lookBack(w.id!, { outcome, version: w.version ?? undefined });
          message.success(t('partyOrgs.weakLax.lookBack.done'));
        } catch (err) {
          message.error(errorText(err, t));
        } finally {
          reload();
        }
      },
    });

  const acceptanceColumns = [
    { title: t('partyOrgs.weakLax.detail.acceptedOn'), dataIndex: 'acceptedOn', width: 110 },
    {
      title: t('partyOrgs.weakLax.accept.score'),
      dataIndex: 'score',
      width: 160,
      render: (s: number, r: Acceptance) => (
        <span style={{ color: r.passed ? '#2ba471' : '#cf1322' }} data-testid="weak-acceptance-score">
          {t('partyOrgs.weakLax.detail.score', { score: s, pass: r.passScore })}{' '}
          {t(r.passed ? 'partyOrgs.weakLax.detail.passed' : 'partyOrgs.weakLax.detail.failed')}
        </span>
      ),
    },
    {
      title: t('partyOrgs.weakLax.accept.evidence'),
      dataIndex: 'fileIds',
      render: (ids: number[]) => (
        <Space wrap>
          {ids.map((f, i) => (
            <a key={f} href={ledgerApi.fileUrl(f)} data-testid="weak-acceptance-file">
              {t('partyOrgs.weakLax.detail.file', { n: i + 1 })}
            </a>
          ))}
        </Space>
      ),
    },
    { title: t('partyOrgs.weakLax.detail.by'), dataIndex: 'by', width: 100, render: (b: Acceptance['by']) => b?.name ?? '' },
    { title: t('partyOrgs.termChange.col.at'), dataIndex: 'at', width: 170, render: (at: string) => <DateTime iso={at} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="weak-lax-detail" data-status={w.status}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label={t('partyOrgs.detail.back')} />
            <Link to={`/party-orgs/${w.org.id}`}>{w.org.name}</Link>
            <WeakStatusTag status={w.status} />
          </Space>
        }
      >
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="weak-lax-facts">
          <Descriptions.Item label={t('partyOrgs.weakLax.col.year')}>{w.year}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.weakLax.col.contactLeader')}>{w.contactLeader ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.weakLax.col.firstSecretary')}>{w.firstSecretary ?? t('partyOrgs.detail.none')}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.weakLax.col.criteria')} span="filled">
            {w.criteria.map((c) => c.name).join('；')}
          </Descriptions.Item>
          {w.acceptedOn && <Descriptions.Item label={t('partyOrgs.weakLax.detail.acceptedOn')}>{w.acceptedOn}</Descriptions.Item>}
          {w.lookBackOn && <Descriptions.Item label={t('partyOrgs.weakLax.col.lookBackOn')}>{w.lookBackOn}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('partyOrgs.weakLax.detail.plan')}
        extra={
          can('plan') && (
            <Button loading={savingPlan} disabled={!plan.trim() || plan.trim() === (w.plan ?? '')} onClick={() => void savePlan()} data-testid="weak-plan-save">
              {t('partyOrgs.weakLax.detail.planSave')}
            </Button>
          )
        }
      >
        {can('plan') ? (
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            value={plan}
            onChange={(e) => setPlan(e.target.value)}
            placeholder={t('partyOrgs.weakLax.detail.planPlaceholder')}
            data-testid="weak-plan"
          />
        ) : (
          <div style={{ whiteSpace: 'pre-wrap' }}>{w.plan ?? t('partyOrgs.detail.none')}</div>
        )}
      </Card>
      <Card
        size="small"
        title={t('partyOrgs.weakLax.detail.measures')}
        data-testid="weak-measures"
        extra={
          <Space wrap>
            {can('addMeasure') && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="weak-measure-add">
                {t('partyOrgs.weakLax.measure.button')}
              </Button>
            )}
            {can('addMeasure') && w.measureCounts.draft > 0 && (
              <Button type="primary" icon={<SendOutlined />} onClick={dispatch} data-testid="weak-dispatch">
                {t('partyOrgs.weakLax.measure.dispatch')}
              </Button>
            )}
          </Space>
        }
      >
        <MeasuresTable items={w.measures} />
      </Card>
      <Card
        size="small"
        title={t('partyOrgs.weakLax.detail.acceptances')}
        data-testid="weak-acceptances"
        extra={
          <Space wrap>
            {can('accept') && (
              <Button type="primary" onClick={() => setAccepting(true)} data-testid="weak-accept">
                {t('partyOrgs.weakLax.accept.button')}
              </Button>
            )}
            {can('closeLookBack') && (
              <>
                <Button onClick={() => lookBack('consolidated')} data-testid="weak-look-back-consolidated">
                  {t('partyOrgs.weakLax.lookBack.consolidatedButton')}
                </Button>
                <Button danger onClick={() => lookBack('relapsed')} data-testid="weak-look-back-relapsed">
                  {t('partyOrgs.weakLax.lookBack.relapsedButton')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        {!can('accept') && w.status === 'rectifying' && w.measureCounts.total > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('partyOrgs.weakLax.detail.acceptWhenDone', { done: w.measureCounts.signedOff, total: w.measureCounts.total })}
          />
        )}
        <ResponsiveTable<Acceptance>
          rowKey="id"
          size="small"
          dataSource={w.acceptances}
          columns={acceptanceColumns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('partyOrgs.weakLax.detail.noAcceptances') }}
        />
        {w.lookBackTasks.length > 0 && (
          <div style={{ marginTop: 12 }}>
            {t('partyOrgs.weakLax.detail.lookBackTask')}
            {w.lookBackTasks.map((task) => (
              <Link key={task.id} to={`/ledger/tasks/${task.id}`} style={{ marginInlineStart: 8 }} data-testid="weak-look-back-task">
                {task.title}（{task.deadline}）
              </Link>
            ))}
          </div>
        )}
      </Card>
      {can('addMeasure') && (
        <WeakLaxMeasureModal
          item={w}
          open={adding}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
      <WeakLaxAcceptModal
        item={w}
        passScore={passScore}
        open={accepting}
        onClose={() => setAccepting(false)}
        onDone={() => {
          setAccepting(false);
          reload();
        }}
        onConflict={reload}
      />
    </Space>
  );
}
