import { Empty } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import type { TaskItem } from '../../ledger/api';
import { LightDot } from '../../ledger/shared/StatusTag';
import type { Figure } from '../api';
import { FigureLink } from '../shared/FigureLink';
import styles from '../shared/dashboard.module.css';

/** The first overdue (or lagging) tasks and a link to all of them. */
export function TaskTopList({ figure, items, testId }: { figure: Figure; items: TaskItem[]; testId: string }) {
  const t = useT();
  if (!figure.count) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.list.empty')} />;
  return (
    <div data-testid={testId}>
      <ul className={styles.taskList}>
        {items.map((task) => (
          <li key={task.id}>
            <LightDot light={task.light} />
            <Link to={`/ledger/tasks/${task.id}`} title={task.title}>
              {task.title}
            </Link>
            <span className={styles.taskMeta}>{task.leadUnit?.name}</span>
            <span className={styles.taskMeta}>{task.deadline ? t('dashboard.list.deadline', { date: task.deadline }) : t('dashboard.list.noDeadline')}</span>
          </li>
        ))}
      </ul>
      <div style={{ marginTop: 8, textAlign: 'right' }}>
        <FigureLink figure={figure} data-testid={`${testId}-more`}>
          {t('dashboard.list.more', { count: figure.count })}
        </FigureLink>
      </div>
    </div>
  );
}
