import { Alert, Card, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { unitsApi } from './api';

/** The units a to-do line counts (`?withoutRole=liaison`: units nobody reports for), each selecting itself in the tree. */
export function UnitsWithoutRole({ role, onSelect, onClose }: { role: string; onSelect: (id: number) => void; onClose: () => void }) {
  const t = useT();
  const query = { withoutRole: role, pageSize: 200 };
  const list = useQuery({ queryKey: keys.units.list(query), queryFn: ({ signal }) => unitsApi.list(query, signal) });
  return (
    <Card
      size="small"
      title={t('units.withoutLiaison', { count: list.data?.total ?? 0 })}
      extra={<a onClick={onClose}>{t('common.reset')}</a>}
      style={{ marginBottom: 16 }}
      data-testid="units-without-role"
      data-count={list.data?.total}
    >
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error, t)} />}
      <Space wrap>
        {list.data?.items.map((u) => (
          <Tag key={u.id} color="orange" style={{ cursor: 'pointer' }} onClick={() => onSelect(u.id)} data-testid="unit-without-role">
            {u.name}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}
