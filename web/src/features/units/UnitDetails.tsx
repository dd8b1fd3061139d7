import { useState } from 'react';
import { Breadcrumb, Button, Descriptions, Space, Table, Typography } from 'antd';
import { DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { unitsApi, type Unit, type UnitKind } from './api';
import { useKindLabel } from './KindSelect';

interface Props {
  unitId: number;
  canManage: boolean;
  onSelect: (id: number) => void;
  onCreateChild: () => void;
  onEdit: () => void;
  onMove: () => void;
}

export function UnitDetails({ unitId, canManage, onSelect, onCreateChild, onEdit, onMove }: Props) {
  const t = useT();
  const kindLabel = useKindLabel();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const detail = useQuery({ queryKey: keys.units.detail(unitId), queryFn: ({ signal }) => unitsApi.get(unitId, signal), placeholderData: keepPreviousData });
  const childQuery = { parentId: unitId, ...paging };
  const children = useQuery({
    queryKey: keys.units.list(childQuery),
    queryFn: ({ signal }) => unitsApi.list(childQuery, signal),
    placeholderData: keepPreviousData,
  });
  const unit = detail.data;

  if (detail.error) return <Typography.Text type="danger">{t('common.loadFailed', { message: errorText(detail.error, t) })}</Typography.Text>;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="unit-details">
      {unit && (
        <>
          <Breadcrumb items={[...unit.ancestors, { id: unit.id, name: unit.name }].map((a) => ({ title: a.name }))} />
          <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-details-name">
              {unit.name}
            </Typography.Title>
            {canManage && (
              <Space wrap>
                <Button icon={<PlusOutlined />} onClick={onCreateChild} data-testid="unit-create-child">
                  {t('units.createChild')}
                </Button>
                <Button icon={<EditOutlined />} onClick={onEdit} data-testid="unit-edit">
                  {t('units.rename')}
                </Button>
                <Button icon={<DragOutlined />} onClick={onMove} disabled={unit.parentId === null} data-testid="unit-move">
                  {t('units.move')}
                </Button>
              </Space>
            )}
          </Space>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('units.kind')}>{kindLabel(unit.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('units.level')}>{t('units.levelN', { level: unit.level })}</Descriptions.Item>
            <Descriptions.Item label={t('units.parent')}>{unit.ancestors.at(-1)?.name ?? t('units.topLevel')}</Descriptions.Item>
          </Descriptions>
        </>
      )}
      <Table<Unit>
        rowKey="id"
        size="small"
        title={() => <Typography.Text strong>{t('units.children')}</Typography.Text>}
        loading={children.isFetching}
        dataSource={children.data?.items ?? []}
        locale={{ emptyText: t('units.noChildren') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: children.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        columns={[
          {
            title: t('units.name'),
            dataIndex: 'name',
            render: (name: string, row) => <Typography.Link onClick={() => onSelect(row.id)}>{name}</Typography.Link>,
          },
          { title: t('units.kind'), dataIndex: 'kind', width: 180, render: (k: UnitKind) => kindLabel(k) },
          { title: t('units.level'), dataIndex: 'level', width: 100, render: (level: number) => t('units.levelN', { level }) },
        ]}
      />
    </Space>
  );
}
