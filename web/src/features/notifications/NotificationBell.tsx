import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useAccess } from '../../access';
import { errorText } from '../../lib/error-text';
import { useLiveEvents } from '../dashboard/shared/use-live-events';
import { notificationsApi, type Notification } from './api';
import { kindLabel } from './kinds';
import styles from './notifications.module.css';

const POLL_MS = 60_000;
const LATEST = 10;

/** The bell in the top bar: the unread count, the latest notifications, one click to the task. */
export function NotificationBell() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const live = useAccess().has('ledger.read');
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[]>();
  const [failed, setFailed] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;
  const seq = useRef(0);

  const loadList = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const page = await notificationsApi.latest(LATEST);
      if (mine !== seq.current) return;
      setItems(page.items);
      setFailed(false);
    } catch {
      if (mine === seq.current) setFailed(true);
    }
  }, []);

  const countSeq = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++countSeq.current;
    try {
      const n = await notificationsApi.unreadCount();
      if (mine === countSeq.current) setCount(n);
    } catch {
      /* keep the last count; the next tick tries again */
    }
    if (openRef.current) void loadList();
  }, [loadList]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  // A dispatch, a return, a reminder's task event: the server wrote the notification before the event.
  useLiveEvents(() => void refresh(), { enabled: live, entities: ['task', 'problem', 'report'] });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void loadList();
  };

  const openItem = async (n: Notification) => {
    if (!n.readAt) {
      const now = new Date().toISOString();
      setItems((list) => list?.map((x) => (x.id === n.id ? { ...x, readAt: now } : x)));
      setCount((c) => Math.max(0, c - 1));
      notificationsApi.markRead(n.id).catch(() => void refresh());
    }
    if (n.taskId !== null) {
      setOpen(false);
      void navigate(`/ledger/tasks/${n.taskId}`);
    }
  };

  const readAll = async () => {
    try {
      await notificationsApi.markAllRead();
      const now = new Date().toISOString();
      setItems((list) => list?.map((x) => (x.readAt ? x : { ...x, readAt: now })));
      setCount(0);
    } catch (err) {
      message.error(errorText(err, t));
    }
  };

  const when = (iso: string) => new Date(iso).toLocaleString(lang, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

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
        <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.bell')} title={t('notifications.bell')} data-testid="notification-bell" data-count={count} />
      </Badge>
    </Popover>
  );
}
