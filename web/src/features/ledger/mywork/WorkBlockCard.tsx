import { App, Badge, Button, Card, List, Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { ledgerApi, type TaskItem, type WorkBlock } from '../api';
import { ledgerPathFor } from '../table/ledger-query';
import { LightDot, StatusTag } from '../shared/StatusTag';

interface Props {
  testId: string;
  title: string;
  hint?: string;
  block: WorkBlock;
  color: string;
  /** 待签收: one click per row, no dialog. */
  acknowledge?: boolean;
  onChanged: () => void;
}

/** One block of 我的工作: its count opens the ledger list it counts; the first rows are shown. */
export function WorkBlockCard({ testId, title, hint, block, color, acknowledge, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const ack = async (task: TaskItem) => {
    try {
      await ledgerApi.act(task.id, 'acknowledge', { version: task.version });
      message.success(t('ledger.myWork.acknowledged', { title: task.title }));
      onChanged();
    } catch (err) {
      message.error(errorText(err, t));
      onChanged();
    }
  };
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Space>
          <span>{title}</span>
          <Link to={ledgerPathFor(block.list)} data-testid={`${testId}-count`}>
            <Badge count={block.count} showZero color={block.count ? color : '#d9d9d9'} overflowCount={999} />
          </Link>
          {hint && <span style={{ color: '#999', fontWeight: 'normal', fontSize: 12 }}>{hint}</span>}
        </Space>
      }
      extra={block.count > block.items.length ? <Link to={ledgerPathFor(block.list)}>{t('ledger.myWork.viewAll')}</Link> : undefined}
    >
      <List
        size="small"
        dataSource={block.items}
        locale={{ emptyText: t('ledger.myWork.nothing') }}
        renderItem={(task) => (
          <List.Item
            data-testid={`${testId}-item`}
            actions={
              acknowledge
                ? [
                    <Button key="ack" size="small" type="primary" onClick={() => void ack(task)} data-testid="mywork-acknowledge">
                      {t('ledger.myWork.acknowledge')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Link to={`/ledger/tasks/${task.id}`}>{task.title}</Link>
              <Space size="small" wrap style={{ fontSize: 12, color: '#888' }}>
                <StatusTag status={task.status} />
                <LightDot light={task.light} />
                <span>{task.deadline ?? task.deadlinePhrase ?? ''}</span>
                <span>{task.source?.title ?? ''}</span>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
