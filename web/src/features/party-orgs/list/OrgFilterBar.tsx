import { useEffect } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { orgCategories, orgKinds, termStatuses, type OrgCategory, type OrgKind, type TermStatus } from '../model';
import type { PartyOrgFilter } from '../api';

interface Values {
  unitId?: number | null;
  category?: OrgCategory[];
  kind?: OrgKind[];
  termStatus?: TermStatus[];
  q?: string;
}

const some = <T,>(xs: T[] | undefined) => (xs?.length ? xs : undefined);

/** Host unit (with its subtree), category, kind, term status and keyword. */
export function OrgFilterBar({ value, units, onChange }: { value: PartyOrgFilter; units: TreeUnit[]; onChange: (f: PartyOrgFilter) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({ unitId: value.unitId, category: value.category ?? [], kind: value.kind ?? [], termStatus: value.termStatus ?? [], q: value.q });
  }, [form, value]);

  const submit = () => {
    const v = form.getFieldsValue();
    onChange({
      ...value,
      unitId: v.unitId ?? undefined,
      category: some(v.category),
      kind: some(v.kind),
      termStatus: some(v.termStatus),
      q: v.q?.trim() || undefined,
    });
  };
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('common.all') };
  return (
    <Form<Values> form={form} name="partyOrgFilters" layout="inline" onFinish={submit} data-testid="org-filters" style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="unitId" label={t('partyOrgs.filter.unit')}>
        <UnitTreeSelect units={units} allowClear placeholder={t('common.all')} style={{ width: 200 }} data-testid="org-filter-unit" />
      </Form.Item>
      <Form.Item name="category" label={t('partyOrgs.filter.category')}>
        <Select
          {...multi}
          style={{ width: 180 }}
          options={orgCategories.map((c) => ({ value: c, label: t(`partyOrgs.category.${c}`) }))}
          data-testid="org-filter-category"
        />
      </Form.Item>
      <Form.Item name="kind" label={t('partyOrgs.filter.kind')}>
        <Select {...multi} style={{ width: 160 }} options={orgKinds.map((k) => ({ value: k, label: t(`partyOrgs.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="termStatus" label={t('partyOrgs.filter.termStatus')}>
        <Select
          {...multi}
          style={{ width: 180 }}
          options={termStatuses.map((s) => ({ value: s, label: t(`partyOrgs.termStatus.${s}`) }))}
          data-testid="org-filter-term"
        />
      </Form.Item>
      <Form.Item name="q">
        <Input allowClear placeholder={t('partyOrgs.filter.keyword')} style={{ width: 200 }} data-testid="org-filter-q" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="org-filter-submit">
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
