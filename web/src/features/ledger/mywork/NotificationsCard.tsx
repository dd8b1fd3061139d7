import { useState } from 'react';
import { App, Button, Card, List, Space, Switch, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { DateTime } from '../../../lib/use-date-time';
import { notificationsApi } from '../../notifications/api';

/** 消息通知 on the 我的工作 page (the shell has no bell yet). */
export function NotificationsCard() {
  const t = useT();
  const { message } = App.useApp();
  const [unread, setUnread] = useState(true);
  const list = useQuery({
    queryKey: keys.notifications.list(unread, 20),
    queryFn: ({ signal }) => notificationsApi.list(unread, 20, signal),
    placeholderData: keepPreviousData,
  });
  const invalidate = useInvalidate();
  // The bell counts the same notifications: both follow.
  const act = (p: Promise<unknown>) =>
    p.then(
      () => invalidate(keys.notifications.all),
      (err: unknown) => message.error(errorText(err, t)),
    );
  return (
    <Card
      size="small"
      data-testid="mywork-notifications"
      title={
        <Space>
          {t('ledger.myWork.notifications')}
          {list.data && <Tag>{list.data.total}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Switch size="small" checked={unread} onChange={setUnread} /> {t('ledger.myWork.unreadOnly')}
          <Button size="small" type="link" onClick={() => void act(notificationsApi.markAllRead())}>
            {t('ledger.myWork.readAll')}
          </Button>
        </Space>
      }
    >
      <List
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('ledger.myWork.noNotifications') }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.readAt
                ? undefined
                : [
                    <Button key="r" size="small" type="link" onClick={() => void act(notificationsApi.markRead(n.id))}>
                      {t('ledger.myWork.markRead')}
                    </Button>,
                  ]
            }
          >
            <Space orientation="vertical" size={0} style={{ opacity: n.readAt ? 0.6 : 1 }}>
              <span>
                {n.taskId ? (
                  <Link to={`/ledger/tasks/${n.taskId}`} onClick={() => !n.readAt && void notificationsApi.markRead(n.id)}>
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </span>
              {n.body && <span style={{ color: '#666' }}>{n.body}</span>}
              <span style={{ color: '#999', fontSize: 12 }}>
                <DateTime iso={n.createdAt} />
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
