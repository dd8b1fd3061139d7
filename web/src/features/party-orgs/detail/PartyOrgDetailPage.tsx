import { useState } from 'react';
import { App, Button, Card, Descriptions, Result, Space, Spin, Table, Tag } from 'antd';
import { ArrowLeftOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useAccess } from '../../../access';
import { isApiError } from '../../../api/errors';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { ResponsiveTable } from '../../../lib/ResponsiveTable';
import { DateTime } from '../../../lib/use-date-time';
import { StatusTag } from '../../ledger/shared/StatusTag';
import { partyOrgsApi, type PartyOrgDetail } from '../api';
import { OrgFormModal } from '../shared/OrgFormModal';
import { TermStatusLight } from '../shared/OrgTags';
import { TermChangeModal } from './TermChangeModal';
import { usePartyOrg } from './use-party-org';
import { OrgWeakLaxCard } from './OrgWeakLaxCard';
import { OrgAssessmentsCard } from './OrgAssessmentsCard';

type Linked = PartyOrgDetail['linkedTasks'][number];
type TermChange = PartyOrgDetail['termChanges'][number];

export function PartyOrgDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const { message, modal } = App.useApp();
  const id = Number(useParams().id);
  const org = usePartyOrg(id);
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState(false);
  usePageTitle(org.data?.name ?? t('partyOrgs.title'));

  if (org.error != null && !org.data) {
    const notFound = isApiError(org.error) && (org.error.status === 404 || org.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('partyOrgs.detail.notFound') : errorText(org.error, t)}
        extra={<Button onClick={() => navigate('/party-orgs')}>{t('partyOrgs.detail.back')}</Button>}
      />
    );
  }
  if (!org.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const o = org.data;
  const canManage = o.canManage && access.has('partyOrgs.manage');
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/party-orgs'));

  const renewalTasks = () =>
    modal.confirm({
      title: t('partyOrgs.renewalTasks.button'),
      content: t('partyOrgs.renewalTasks.confirm', { name: o.name }),
      okButtonProps: { 'data-testid': 'renewal-tasks-confirm' },
      onOk: async () => {
        try {
          const r = await partyOrgsApi.renewalTasks(o.id);
          message.success(t('partyOrgs.renewalTasks.done', { count: r.taskIds.length }));
        } catch (err) {
          message.error(errorText(err, t));
        } finally {
          org.reload();
        }
      },
    });

  const remove = () =>
    modal.confirm({
      title: t('partyOrgs.remove.button'),
      content: t('partyOrgs.remove.confirm', { name: o.name }),
      okButtonProps: { danger: true, 'data-testid': 'org-remove-confirm' },
      onOk: async () => {
        try {
          await partyOrgsApi.remove(o.id);
          message.success(t('partyOrgs.remove.done'));
          org.reload();
          navigate('/party-orgs');
        } catch (err) {
          message.error(errorText(err, t));
        }
      },
    });

  const taskColumns = [
    {
      title: t('ledger.col.title'),
      dataIndex: ['task', 'title'],
      render: (title: string, r: Linked) => (
        <Link to={`/ledger/tasks/${r.task.id}`} data-testid="org-task-link">
          {title}
        </Link>
      ),
    },
    {
      title: t('partyOrgs.detail.purposeCol'),
      dataIndex: 'purpose',
      width: 110,
      render: (p: Linked['purpose']) => <Tag>{t(`partyOrgs.detail.purpose.${p}`)}</Tag>,
    },
    { title: t('ledger.col.leadUnit'), dataIndex: ['task', 'leadUnit'], width: 140, render: (u: Linked['task']['leadUnit']) => u?.name ?? '' },
    { title: t('ledger.col.deadline'), dataIndex: ['task', 'deadline'], width: 110 },
    { title: t('ledger.col.status'), dataIndex: ['task', 'status'], width: 110, render: (s: Linked['task']['status']) => <StatusTag status={s} /> },
  ];
  const changeColumns = [
    {
      title: t('partyOrgs.termChange.col.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: TermChange['kind']) => t(k === 'extension' ? 'partyOrgs.termChange.extension' : 'partyOrgs.termChange.early'),
    },
    { title: t('partyOrgs.termChange.col.newTermEnd'), dataIndex: 'newTermEnd', width: 120 },
    { title: t('partyOrgs.termChange.col.approvedBy'), dataIndex: 'approvedBy', width: 180 },
    { title: t('partyOrgs.termChange.col.reason'), dataIndex: 'reason' },
    { title: t('partyOrgs.termChange.col.at'), dataIndex: 'at', width: 170, render: (at: string) => <DateTime iso={at} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="org-detail" data-org-id={o.id}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label={t('partyOrgs.detail.back')} />
            <span data-testid="org-name">{o.name}</span>
          </Space>
        }
        extra={
          canManage && (
            <Space wrap>
              <Button onClick={() => setEditing(true)} data-testid="org-edit">
                {t('partyOrgs.edit.button')}
              </Button>
              <Button danger onClick={remove} data-testid="org-remove">
                {t('partyOrgs.remove.button')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="org-facts">
          <Descriptions.Item label={t('partyOrgs.col.kind')}>{t(`partyOrgs.kind.${o.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.col.category')}>{t(`partyOrgs.category.${o.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.col.hostUnit')}>{o.hostUnit?.name ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.col.parent')}>
            {o.parent ? <Link to={`/party-orgs/${o.parent.id}`}>{o.parent.name}</Link> : t('partyOrgs.detail.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.form.foundedOn')}>{o.foundedOn ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.col.memberCount')}>{o.memberCount}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('partyOrgs.detail.term')}
        data-testid="org-term"
        extra={
          canManage && (
            <Space wrap>
              <Button onClick={() => setChanging(true)} data-testid="term-change">
                {t('partyOrgs.termChange.button')}
              </Button>
              <Button type="primary" icon={<ScheduleOutlined />} onClick={renewalTasks} data-testid="renewal-tasks">
                {t('partyOrgs.renewalTasks.button')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('partyOrgs.detail.termStart')}>{o.termStart ?? t('partyOrgs.detail.noTerm')}</Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.detail.termYears')}>
            {o.termLength ? t('partyOrgs.detail.termYearsValue', { years: o.termLength }) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.detail.termEnd')}>
            <span data-testid="org-term-end">{o.termEnd ?? ''}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.detail.termStatus')}>
            <Space size={4} wrap>
              <TermStatusLight status={o.termStatus} />
              {o.daysLeft !== null && (
                <span style={{ color: o.daysLeft < 0 ? '#cf1322' : '#888' }} data-testid="org-days-left">
                  {o.daysLeft < 0 ? t('partyOrgs.detail.daysOverdue', { days: -o.daysLeft }) : t('partyOrgs.detail.daysLeft', { days: o.daysLeft })}
                </span>
              )}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {o.termChanges.length > 0 && (
          <Table<TermChange>
            rowKey="id"
            size="small"
            style={{ marginTop: 12 }}
            title={() => t('partyOrgs.detail.termChanges')}
            dataSource={o.termChanges}
            columns={changeColumns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="term-changes"
          />
        )}
      </Card>
      <Card size="small" title={t('partyOrgs.detail.committee')} data-testid="org-committee">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('partyOrgs.detail.secretary')}>
            {o.secretaryName ?? t('partyOrgs.detail.none')}
            {o.secretaryBackground && <Tag style={{ marginInlineStart: 8 }}>{t(`partyOrgs.background.${o.secretaryBackground}`)}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.detail.committeeMembers')}>
            {o.committeeMembers.length ? o.committeeMembers.join('、') : t('partyOrgs.detail.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('partyOrgs.detail.firstSecretary')} span="filled">
            {o.firstSecretary ? (
              <span data-testid="org-first-secretary">
                {o.firstSecretary.name}
                {o.firstSecretary.origin ? `（${o.firstSecretary.origin}）` : ''}
                {o.firstSecretary.from || o.firstSecretary.to
                  ? ` ${t('partyOrgs.detail.firstSecretaryTerm', { from: o.firstSecretary.from ?? '', to: o.firstSecretary.to ?? '' })}`
                  : ''}
              </span>
            ) : (
              t('partyOrgs.detail.none')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <OrgWeakLaxCard org={o} />
      <OrgAssessmentsCard org={o} canManage={canManage} />
      <Card size="small" title={t('partyOrgs.detail.tasks')} data-testid="org-tasks">
        <ResponsiveTable<Linked>
          rowKey={(r) => r.task.id}
          size="small"
          dataSource={o.linkedTasks}
          columns={taskColumns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('partyOrgs.detail.noTasks') }}
          onRow={(r) => ({ 'data-testid': 'org-task-row', 'data-task-id': r.task.id }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      {canManage && <OrgFormModal open={editing} org={o} onClose={() => setEditing(false)} onSaved={org.reload} onConflict={org.reload} />}
      {canManage && (
        <TermChangeModal
          org={o}
          open={changing}
          onClose={() => setChanging(false)}
          onDone={() => {
            setChanging(false);
            org.reload();
          }}
        />
      )}
    </Space>
  );
}
