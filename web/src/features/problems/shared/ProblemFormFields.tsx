import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { recordableSourceKinds, severities, type ProblemSourceKind, type Severity } from '../model';
import type { ProblemFields } from '../api';
import { dayField, toDay } from '../../../lib/date-field';

/** The form's values; dates as 'YYYY-MM-DD' (see dayField). */
export interface ProblemFormValues {
  sourceKind?: ProblemSourceKind;
  sourceTitle?: string;
  finding?: string;
  category?: string;
  severity?: Severity;
  unitId?: number | null;
  foundOn?: Dayjs | string | null;
  deadline?: Dayjs | string | null;
}

export function toProblemFields(v: ProblemFormValues): ProblemFields {
  return {
    sourceKind: v.sourceKind!,
    sourceTitle: v.sourceTitle!.trim(),
    finding: v.finding!.trim(),
    category: v.category!,
    severity: v.severity,
    unitId: v.unitId!,
    foundOn: toDay(v.foundOn),
    deadline: toDay(v.deadline)!,
  };
}

/** 来源、问题描述、类别、严重程度、责任单位、发现日期、整改时限: shared by 登记 and 修改. */
export function ProblemFormFields({
  units,
  categories,
  kinds = recordableSourceKinds,
}: {
  units: TreeUnit[];
  categories: string[];
  kinds?: readonly ProblemSourceKind[];
}) {
  const t = useT();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('problems.create.required', { field }) }];
  return (
    <>
      <Form.Item label={t('problems.create.sourceTitle')} required style={{ marginBottom: 0 }}>
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="sourceKind" rules={required(t('problems.create.sourceKind'))} style={{ width: 140 }}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`problems.sourceKind.${k}`) }))} data-testid="problem-source-kind" />
          </Form.Item>
          <Form.Item name="sourceTitle" rules={required(t('problems.create.sourceTitle'))} style={{ flex: 1 }}>
            <Input maxLength={300} placeholder={t('problems.create.sourceTitlePlaceholder')} data-testid="problem-source-title" />
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item name="finding" label={t('problems.create.finding')} rules={required(t('problems.create.finding'))}>
        <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('problems.create.findingPlaceholder')} data-testid="problem-finding" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="category" label={t('problems.create.category')} rules={required(t('problems.create.category'))} style={{ flex: 1 }}>
          <Select options={categories.map((c) => ({ value: c, label: c }))} data-testid="problem-category" />
        </Form.Item>
        <Form.Item name="severity" label={t('problems.create.severity')} style={{ flex: 1 }}>
          <Select options={severities.map((s) => ({ value: s, label: t(`problems.severity.${s}`) }))} data-testid="problem-severity" />
        </Form.Item>
      </div>
      <Form.Item
        name="unitId"
        label={t('problems.create.unit')}
        rules={[{ required: true, message: t('problems.create.required', { field: t('problems.create.unit') }) }]}
      >
        <UnitTreeSelect units={units} data-testid="problem-unit" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="foundOn" label={t('problems.create.foundOn')} style={{ flex: 1 }} {...dayField}>
          <DatePicker style={{ width: '100%' }} data-testid="problem-found-on" />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('problems.create.deadline')}
          rules={[{ required: true, message: t('problems.create.required', { field: t('problems.create.deadline') }) }]}
          style={{ flex: 1 }}
          {...dayField}
        >
          <DatePicker style={{ width: '100%' }} data-testid="problem-deadline" />
        </Form.Item>
      </div>
    </>
  );
}
