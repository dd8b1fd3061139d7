import { useEffect, useMemo } from 'react';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { actionLabel, commonActions, commonEntities, entityLabel } from './labels';
import type { AuditFilters } from './use-audit-filters';
import { fromDayRange, toDayRange } from '../../lib/date-field';
import { useTimeZone } from '../../lib/use-date-time';
import { rangePresets } from './presets';

interface Values {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
}

interface Props {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

const withCurrent = (codes: string[], current?: string) => (current && !codes.includes(current) ? [...codes, current] : codes);

export function AuditFilterBar({ value, onChange }: Props) {
  const t = useT();
  const { lang } = useI18n();
  const timeZone = useTimeZone();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue({
      range: fromDayRange(value.from, value.to),
      actor: value.actor,
      action: value.action,
      entity: value.entity,
      entityId: value.entityId,
    });
  }, [form, value.from, value.to, value.actor, value.action, value.entity, value.entityId]);

  const actionOptions = useMemo(
    () => withCurrent(commonActions, value.action).map((code) => ({ value: code, label: actionLabel(code, lang), code })),
    [lang, value.action],
  );
  const entityOptions = useMemo(
    () => withCurrent(commonEntities, value.entity).map((code) => ({ value: code, label: entityLabel(code, lang), code })),
    [lang, value.entity],
  );

  const submit = () => {
    const v = form.getFieldsValue();
    const [from, to] = toDayRange(v.range);
    onChange({
      from,
      to,
      actor: v.actor?.trim() || undefined,
      action: v.action || undefined,
      entity: v.entity || undefined,
      entityId: v.entityId?.trim() || undefined,
    });
  };

  // 今天, 本周…: the configured zone's days (GET /api/me), not the browser's.
  const presets = rangePresets(new Date(), timeZone).map((p) => ({
    label: t(`audit.presets.${p.key}`),
    value: [dayjs(p.from), dayjs(p.to)] as [Dayjs, Dayjs],
  }));
  const filterOption = (input: string, option?: { label: string; code: string }) =>
    !!option && (option.label.toLowerCase().includes(input.toLowerCase()) || option.code.toLowerCase().includes(input.toLowerCase()));

  return (
    <Form<Values> form={form} name="auditFilters" layout="inline" onFinish={submit} data-testid="audit-filters" style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item name="range" label={t('audit.timeRange')}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.startTime'), t('audit.endTime')]}
          data-testid="audit-filter-range"
          presets={presets}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ filterOption }}
          placeholder={t('common.all')}
          style={{ width: 180 }}
          options={actionOptions}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="entity" label={t('audit.entity')}>
        <Select
          allowClear
          showSearch={{ filterOption }}
          placeholder={t('common.all')}
          style={{ width: 130 }}
          options={entityOptions}
          data-testid="audit-filter-entity"
        />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input allowClear style={{ width: 90 }} data-testid="audit-filter-entity-id" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-filter-submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          data-testid="audit-filter-reset"
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
