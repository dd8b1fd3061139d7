import { useEffect, useState } from 'react';
import { Badge, Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { lights, sortKeys, taskStatuses, type Involvement, type Light, type SortKey, type TaskStatus } from '../model';
import type { SourceSummary } from '../api';
import type { LedgerFilters } from './use-ledger-query';
import { hiddenFilterKeys } from './ledger-query';
import { fromDayRange, toDayRange } from '../../../lib/date-field';
import { useSourceLabel } from '../shared/use-source-label';
import { useIsPhone } from '../../../lib/use-is-phone';

interface Values {
  unitId?: number | null;
  involvement?: Involvement;
  status?: TaskStatus[];
  light?: Light[];
  deadline?: [Dayjs | null, Dayjs | null] | null;
  sourceId?: number;
  q?: string;
  key?: boolean;
  sort?: SortKey;
}

interface Props {
  value: LedgerFilters;
  units: TreeUnit[];
  sources: SourceSummary[];
  onChange: (filters: LedgerFilters) => void;
}

export function LedgerFilterBar({ value, units, sources, onChange }: Props) {
  const t = useT();
  const sourceLabel = useSourceLabel();
  const [form] = Form.useForm<Values>();
  const phone = useIsPhone();
  // On a phone the bar is the keyword and one 更多筛选 button: the ten fields took two screens before the first task.
  const [more, setMore] = useState(false);
  const folded = phone && !more;
  const active = [
    value.unitId,
    value.status?.length,
    value.light?.length,
    value.deadlineFrom ?? value.deadlineTo,
    value.sourceId,
    value.key,
    value.sort,
  ].filter(Boolean).length;

  useEffect(() => {
    form.setFieldsValue({
      unitId: value.unitId,
      involvement: value.involvement,
      status: value.status ?? [],
      light: value.light ?? [],
      deadline: fromDayRange(value.deadlineFrom, value.deadlineTo),
      sourceId: value.sourceId,
      q: value.q,
      key: value.key ?? false,
      sort: value.sort,
    });
  }, [form, value]);

  const submit = () => {
    setMore(false);
    const v = form.getFieldsValue();
    onChange({
      // Filters the bar does not show (category tab, owner, parent, dashboard periods) stay as they are.
      ...Object.fromEntries(hiddenFilterKeys.map((k) => [k, value[k]])),
      category: value.category,
      unitId: v.unitId ?? undefined,
      involvement: v.unitId ? v.involvement : undefined,
      status: v.status?.length ? v.status : undefined,
      light: v.light?.length ? v.light : undefined,
      deadlineFrom: toDayRange(v.deadline)[0],
      deadlineTo: toDayRange(v.deadline)[1],
      sourceId: v.sourceId ?? undefined,
      q: v.q?.trim() || undefined,
      key: v.key || undefined,
      sort: v.sort ?? undefined,
    });
  };

  return (
    <Form<Values> form={form} name="ledgerFilters" layout="inline" onFinish={submit} data-testid="ledger-filters" style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item label={t('ledger.filter.unit')} hidden={folded}>
        <Space.Compact>
          <Form.Item name="unitId" noStyle>
            <UnitTreeSelect units={units} allowClear placeholder={t('common.all')} style={{ width: 200 }} data-testid="ledger-filter-unit" />
          </Form.Item>
          <Form.Item name="involvement" noStyle>
            <Select
              style={{ width: 120 }}
              placeholder={t('ledger.involvement.lead')}
              allowClear
              data-testid="ledger-filter-involvement"
              options={(['lead', 'supporting', 'any'] as const).map((k) => ({ value: k, label: t(`ledger.involvement.${k}`) }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="status" hidden={folded} label={t('ledger.filter.status')}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('common.all')}
          style={{ width: 220 }}
          data-testid="ledger-filter-status"
          options={taskStatuses.map((s) => ({ value: s, label: t(`ledger.status.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="light" hidden={folded} label={t('ledger.filter.light')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('common.all')}
          style={{ width: 170 }}
          options={lights.map((l) => ({ value: l, label: t(`ledger.light.${l}`) }))}
        />
      </Form.Item>
      <Form.Item name="deadline" hidden={folded} label={t('ledger.filter.deadline')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
      </Form.Item>
      <Form.Item name="sourceId" hidden={folded} label={t('ledger.filter.source')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          data-testid="ledger-filter-source"
          options={sources.map((s) => ({ value: s.id, label: sourceLabel(s) }))}
        />
      </Form.Item>
      <Form.Item name="q">
        <Input allowClear placeholder={t('ledger.filter.keyword')} style={{ width: 180 }} data-testid="ledger-filter-q" />
      </Form.Item>
      <Form.Item name="key" valuePropName="checked" hidden={folded}>
        <Checkbox>{t('ledger.filter.keyOnly')}</Checkbox>
      </Form.Item>
      <Form.Item name="sort" hidden={folded} label={t('ledger.filter.sort')}>
        <Select allowClear style={{ width: 170 }} popupMatchSelectWidth={false} options={sortKeys.map((s) => ({ value: s, label: t(`ledger.sort.${s}`) }))} />
      </Form.Item>
      <Form.Item>
        <Space wrap>
          {phone && (
            <Badge count={active} size="small">
              <Button icon={<FilterOutlined />} onClick={() => setMore((m) => !m)} aria-expanded={more} data-testid="ledger-filter-more">
                {t('ledger.filter.more')}
              </Button>
            </Badge>
          )}
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="ledger-filter-submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({ category: value.category });
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
