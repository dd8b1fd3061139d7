import { useEffect } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import type { TreeUnit } from '../units/api';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import type { UserFilters } from './use-user-filters';

interface Props {
  value: UserFilters;
  units: TreeUnit[];
  roleOptions: { value: string; label: string }[];
  onChange: (filters: UserFilters) => void;
}

export function UserFilterBar({ value, units, roleOptions, onChange }: Props) {
  const t = useT();
  const [form] = Form.useForm<UserFilters>();

  useEffect(() => {
    form.setFieldsValue({ under: value.under, q: value.q, status: value.status, role: value.role });
  }, [form, value.under, value.q, value.status, value.role]);

  const submit = () => {
    const v = form.getFieldsValue();
    onChange({ ...v, q: v.q?.trim() || undefined, under: v.under ?? undefined });
  };

  return (
    <Form<UserFilters> form={form} name="userFilters" layout="inline" onFinish={submit} data-testid="user-filters" style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item name="under" label={t('users.filterUnit')}>
        <UnitTreeSelect units={units} allowClear style={{ width: 220 }} data-testid="user-filter-unit" />
      </Form.Item>
      <Form.Item name="q">
        <Input allowClear placeholder={t('users.keyword')} style={{ width: 180 }} data-testid="user-filter-q" />
      </Form.Item>
      <Form.Item name="status" label={t('users.filterStatus')}>
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 110 }}
          options={[
            { value: 'active', label: t('users.statusValues.active') },
            { value: 'disabled', label: t('users.statusValues.disabled') },
          ]}
        />
      </Form.Item>
      <Form.Item name="role" label={t('users.filterRole')}>
        <Select allowClear placeholder={t('common.all')} style={{ width: 160 }} options={roleOptions} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="user-filter-submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
