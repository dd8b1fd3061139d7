import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { keys } from '../../api/keys';
import type { Page } from '../../api/client';
import { errorText } from '../../lib/error-text';
import { useDateTime } from '../../lib/use-date-time';
import { notificationsApi, type Notification } from './api';
import { kindLabel } from './kinds';
import styles from './notifications.module.css';
import { linkPath } from './link-path';

const POLL_MS = 60_000;
const LATEST = 10;

/** The bell in the top bar: the unread count, the latest notifications, one click to the task. */
export function NotificationBell() {
  const { t } = useI18n();
  const when = useDateTime();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const client = useQueryClient();
  // The shell's live stream invalidates both on task, problem and report events (the server writes
  // the notification before the event); the poll catches reminders sent while no event came.
  const countQuery = useQuery({
    queryKey: keys.notifications.unreadCount(),
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    refetchInterval: POLL_MS,
  });
  const listQuery = useQuery({ queryKey: keys.notifications.latest(LATEST), queryFn: ({ signal }) => notificationsApi.latest(LATEST, signal), enabled: open });
  const count = countQuery.data ?? 0;
  const items = listQuery.data?.items;
  const failed = listQuery.isError;

  const markLocally = (read: (n: Notification) => boolean) => {
    const now = new Date().toISOString();
    client.setQueryData<Page<Notification>>(
      keys.notifications.latest(LATEST),
      (page) => page && { ...page, items: page.items.map((x) => (read(x) && !x.readAt ? { ...x, readAt: now } : x)) },
    );
  };
  const refresh = () => void client.invalidateQueries({ queryKey: keys.notifications.all });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void client.invalidateQueries({ queryKey: keys.notifications.latest(LATEST) });
  };

  const openItem = async (n: Notification) => {
    if (!n.readAt) {
      markLocally((x) => x.id === n.id);
      client.setQueryData<number>(keys.notifications.unreadCount(), (c) => Math.max(0, (c ?? 0) - 1));
      notificationsApi.markRead(n.id).then(refresh, refresh);
    }
    const to = linkPath(n.link);
    if (to) {
      setOpen(false);
      void navigate(to);
    }
  };

  const readAll = async () => {
    try {
      await notificationsApi.markAllRead();
      markLocally(() => true);
      client.setQueryData<number>(keys.notifications.unreadCount(), 0);
      refresh();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };

  const content = (
    <div className={styles.panel} data-testid="notification-list">
      {failed && !items ? (
        <Typography.Text type="danger" className={styles.line}>
          {t('notifications.loadFailed')}
        </Typography.Text>
      ) : !items ? (
        <Spin className={styles.empty} style={{ display: 'block' }} />
      ) : items.length === 0 ? (
        <Empty className={styles.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        items.map((n) => {
          const label = kindLabel(n.kind, t);
          return (
            <button
              type="button"
              key={n.id}
              className={`${styles.item} ${n.readAt ? '' : styles.unread}`}
              data-testid="notification-item"
              data-kind={n.kind}
              data-read={n.readAt ? 'true' : 'false'}
              onClick={() => void openItem(n)}
            >
              <span className={styles.head}>
                <Badge status={n.readAt ? 'default' : 'error'} title={n.readAt ? undefined : t('notifications.unread')} />
                <Typography.Text strong={!n.readAt} className={styles.label} ellipsis>
                  {label ?? n.title}
                </Typography.Text>
                <span className={styles.time}>{when(n.createdAt)}</span>
              </span>
              {label && <span className={styles.line}>{n.title}</span>}
              {n.body && (
                <Typography.Text type="secondary" className={styles.line}>
                  {n.body}
                </Typography.Text>
              )}
            </button>
          );
        })
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      placement="bottomRight"
      title={
        <div className={styles.header}>
          <span>{t('notifications.title')}</span>
          <Button type="link" size="small" disabled={count === 0} onClick={() => void readAll()} data-testid="notification-read-all">
            {t('notifications.readAll')}
          </Button>
        </div>
      }
      content={content}
    >
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications.bell')}
          title={t('notifications.bell')}
          data-testid="notification-bell"
          data-count={count}
        />
      </Badge>
    </Popover>
  );
}
