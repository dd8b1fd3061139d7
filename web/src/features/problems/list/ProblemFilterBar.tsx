import { useEffect } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { lights, type Light } from '../../ledger/model';
import { problemSourceKinds, severities, type ProblemSourceKind, type Severity } from '../model';
import type { ProblemFilter } from '../api';

interface Values {
  unitId?: number | null;
  category?: string[];
  severity?: Severity[];
  sourceKind?: ProblemSourceKind[];
  light?: Light[];
  q?: string;
}

interface Props {
  value: ProblemFilter;
  units: TreeUnit[];
  categories: string[];
  onChange: (f: ProblemFilter) => void;
}

const some = <T,>(xs: T[] | undefined) => (xs?.length ? xs : undefined);

/** Unit (with its subtree), category, severity, source kind, light and keyword; status is on the counts above. */
export function ProblemFilterBar({ value, units, categories, onChange }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue({
      unitId: value.unitId,
      category: value.category ?? [],
      severity: value.severity ?? [],
      sourceKind: value.sourceKind ?? [],
      light: value.light ?? [],
      q: value.q,
    });
  }, [form, value]);

  const submit = () => {
    const v = form.getFieldsValue();
    onChange({
      status: value.status,
      unitId: v.unitId ?? undefined,
      category: some(v.category),
      severity: some(v.severity),
      sourceKind: some(v.sourceKind),
      light: some(v.light),
      q: v.q?.trim() || undefined,
    });
  };

  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('common.all') };
  return (
    <Form<Values> form={form} name="problemFilters" layout="inline" onFinish={submit} data-testid="problem-filters" style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="unitId" label={t('problems.filter.unit')}>
        <UnitTreeSelect units={units} allowClear placeholder={t('common.all')} style={{ width: 200 }} data-testid="problem-filter-unit" />
      </Form.Item>
      <Form.Item name="category" label={t('problems.filter.category')}>
        <Select {...multi} style={{ width: 200 }} options={categories.map((c) => ({ value: c, label: c }))} data-testid="problem-filter-category" />
      </Form.Item>
      <Form.Item name="severity" label={t('problems.filter.severity')}>
        <Select {...multi} style={{ width: 170 }} options={severities.map((s) => ({ value: s, label: t(`problems.severity.${s}`) }))} />
      </Form.Item>
      <Form.Item name="sourceKind" label={t('problems.filter.sourceKind')}>
        <Select {...multi} style={{ width: 200 }} options={problemSourceKinds.map((s) => ({ value: s, label: t(`problems.sourceKind.${s}`) }))} />
      </Form.Item>
      <Form.Item name="light" label={t('problems.filter.light')}>
        <Select {...multi} style={{ width: 170 }} options={lights.map((l) => ({ value: l, label: t(`ledger.light.${l}`) }))} />
      </Form.Item>
      <Form.Item name="q">
        <Input allowClear placeholder={t('problems.filter.keyword')} style={{ width: 200 }} data-testid="problem-filter-q" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="problem-filter-submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
