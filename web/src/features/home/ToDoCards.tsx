import { Alert, Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useT } from '../../i18n/I18nProvider';
import { hasMessage } from '../../i18n/messages';
import { errorText } from '../../lib/error-text';
import { homeApi, type ToDoItem } from './api';

const severityColor: Record<ToDoItem['severity'], string> = { info: '#1677ff', warning: '#d48806', danger: '#d9363e' };

/**
 * 我的待办: every queue the server's modules give this user's roles (GET /api/me/todo), each count
 * opening the page that lists exactly what it counts. The page knows no module: a new module's
 * line shows with its label (home.todo.<key>) and nothing else here changes.
 */
export function ToDoCards() {
  const t = useT();
  const toDo = useQuery({ queryKey: keys.toDo.all, queryFn: ({ signal }) => homeApi.toDo(signal) });
  const label = (key: string) => {
    const k = `home.todo.${key}`;
    return hasMessage(k) ? t(k) : key;
  };
  // A line's note in words: its own sentence (home.todoNote.<key>, e.g. an answer deadline), else "最近：…".
  const noteText = (key: string, note: string) => {
    const k = `home.todoNote.${key}`;
    return hasMessage(k) ? t(k, { note }) : `${t('home.todo.latest')}${note}`;
  };
  return (
    <Card title={t('home.todo.title')} data-testid="home-todo">
      {toDo.error != null && <Alert type="error" showIcon title={errorText(toDo.error, t)} />}
      {toDo.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {toDo.data && toDo.data.items.length === 0 && <Empty description={t('home.todo.empty')} data-testid="home-todo-empty" />}
      {toDo.data && toDo.data.items.length > 0 && (
        <Row gutter={[12, 12]}>
          {toDo.data.items.map((item) => (
            <Col key={item.key} xs={12} sm={8} lg={6}>
              <Link
                to={item.link}
                data-testid={`todo-${item.key}`}
                data-count={item.count}
                aria-label={`${label(item.key)} ${item.count}`}
                style={{ display: 'block', height: '100%' }}
              >
                <Card size="small" hoverable style={{ height: '100%' }}>
                  <Statistic
                    title={label(item.key)}
                    value={item.count}
                    styles={{ content: { color: item.count ? severityColor[item.severity] : '#bfbfbf' } }}
                    valueRender={(node) => <span data-testid={`todo-${item.key}-count`}>{node}</span>}
                  />
                  {item.note && (
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 2 }}
                      style={{ margin: '4px 0 0', fontSize: 12 }}
                      data-testid={`todo-${item.key}-note`}
                    >
                      {noteText(item.key, item.note)}
                    </Typography.Paragraph>
                  )}
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
