import { useState } from 'react';
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { isApiError } from '../../../api/errors';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { useUnitTree } from '../../units/use-unit-tree';
import type { TaskAction } from '../api';
import { useTask } from './use-task';
import { TaskFacts } from './TaskFacts';
import { TaskActions } from './TaskActions';
import { ActionDialog } from './ActionDialog';
import { ReportModal, type ReportMode } from './ReportModal';
import { ReportsList } from './ReportsList';
import { TaskTimeline } from './TaskTimeline';
import { Milestones } from './Milestones';
import { Instructions } from './Instructions';
import { EditTaskModal } from './EditTaskModal';
import { RemindDialog, SupervisionNoticeDialog } from './NoticeDialogs';

const dialogActions = new Set<TaskAction>([
  'dispatch',
  'signOff',
  'returnSignOff',
  'requestExtension',
  'approveExtension',
  'refuseExtension',
  'reopen',
  'cancel',
]);

export function TaskDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const { task, reports, timeline, reload } = useTask(id);
  const tree = useUnitTree();
  const [open, setOpen] = useState<TaskAction | null>(null);
  usePageTitle(task.data?.title ?? t('ledger.title'));

  if (task.error != null && !task.data) {
    const notFound = isApiError(task.error) && (task.error.status === 404 || task.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('ledger.detail.notFound') : errorText(task.error, t)}
        extra={<Button onClick={() => navigate('/ledger')}>{t('ledger.detail.back')}</Button>}
      />
    );
  }
  if (!task.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const data = task.data;
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    reload();
  };
  const reportMode: ReportMode | null = open === 'report' || open === 'requestSignOff' ? open : null;
  // The server adds 'edit' outside drafts only for the task's supervisors: the same people who review its reports,
  // while the task is open (销号 and 撤销 close its pending reports).
  const canReview = data.actions.includes('edit') && !['draft', 'signedOff', 'cancelled'].includes(data.status);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="task-detail" data-task-id={data.id}>
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/ledger'))}
              aria-label={t('ledger.detail.back')}
            />
            <span data-testid="task-title">
              {data.number && `${data.number} `}
              {data.title}
            </span>
          </Space>
        }
        extra={<TaskActions task={data} onOpen={setOpen} onChanged={() => reload()} />}
      >
        {data.signOffReturn && data.status === 'returned' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('ledger.detail.signOffReturned', { date: data.signOffReturn.returnedOn, reason: data.signOffReturn.reason })}
          />
        )}
        {data.extensionRequest && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('ledger.detail.extensionPending', {
              deadline: data.extensionRequest.deadline,
              reason: data.extensionRequest.reason,
              date: data.extensionRequest.requestedOn,
            })}
          />
        )}
        <TaskFacts task={data} />
        {(data.description || data.measures) && (
          <div style={{ marginTop: 16 }}>
            {data.description && (
              <>
                <Typography.Title level={5}>{t('ledger.detail.description')}</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Paragraph>
              </>
            )}
            {data.measures && (
              <>
                <Typography.Title level={5}>{t('ledger.detail.measures')}</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.measures}</Typography.Paragraph>
              </>
            )}
          </div>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card title={t('ledger.detail.reports')} size="small">
            {reports.error != null && <Alert type="error" title={errorText(reports.error, t)} />}
            <ReportsList reports={reports.data ?? []} canReview={canReview} onReviewed={reload} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Instructions target={{ kind: 'task', id: data.id }} />
            <Card title={t('ledger.detail.milestones')} size="small">
              <Milestones items={data.milestones} />
            </Card>
            <Card title={t('ledger.detail.timeline')} size="small">
              <TaskTimeline items={timeline.data ?? []} />
            </Card>
          </Space>
        </Col>
      </Row>
      {open && dialogActions.has(open) && <ActionDialog task={data} action={open} onClose={close} onDone={done} onConflict={reload} />}
      <ReportModal task={data} mode={reportMode} reports={reports.data ?? []} onClose={close} onDone={done} onConflict={reload} />
      <EditTaskModal task={data} open={open === 'edit'} units={tree.units} onClose={close} onSaved={done} onConflict={reload} />
      <RemindDialog task={data} open={open === 'remind'} onClose={close} onDone={done} />
      <SupervisionNoticeDialog task={data} open={open === 'supervisionNotice'} onClose={close} onIssued={reload} />
    </Space>
  );
}
