import { useEffect } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { categories, type Category } from '../model';
import { ledgerApi, type TaskDetail } from '../api';
import { UnitsSelect } from '../../units/UnitsSelect';
import { fromDay, toDay } from '../../../lib/date-field';

interface Values {
  title: string;
  description?: string;
  measures?: string;
  leadUnitId?: number | null;
  supportingUnitIds?: number[];
  ownerName?: string;
  deadline?: Dayjs | null;
  category: Category;
  key: boolean;
  milestones?: { title?: string; due?: Dayjs | null; doneOn?: Dayjs | null }[];
}

interface Props {
  task: TaskDetail;
  open: boolean;
  units: TreeUnit[];
  onClose: () => void;
  onSaved: (task: TaskDetail) => void;
  onConflict: () => void;
}

export function EditTaskModal({ task, open, units, onClose, onSaved, onConflict }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const dialog = useFormDialog<Values>({ open, keepAfterSave: true, conflict: { onConflict, extra: t('ledger.detail.conflictReloaded') } });
  const { form, setError } = dialog;
  const draft = task.status === 'draft';

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      title: task.title,
      description: task.description ?? '',
      measures: task.measures ?? '',
      leadUnitId: task.leadUnit?.id ?? null,
      supportingUnitIds: task.supportingUnits.map((u) => u.id),
      ownerName: task.owner?.name ?? '',
      deadline: fromDay(task.deadline),
      category: task.category,
      key: task.key,
      milestones: task.milestones.map((m) => ({ title: m.title, due: fromDay(m.due), doneOn: fromDay(m.doneOn) })),
    });
    // Only when opened: a reload after a conflict must not wipe what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    const saved = await dialog.submit((v) => {
      const patch: Parameters<typeof ledgerApi.update>[1] = {
        version: task.version,
        title: v.title.trim(),
        description: v.description ?? '',
        measures: v.measures ?? '',
        supportingUnitIds: v.supportingUnitIds ?? [],
        ownerName: v.ownerName?.trim() || null,
        category: v.category,
        key: v.key,
        milestones: (v.milestones ?? [])
          .filter((m) => m.due)
          .map((m) => ({ title: m.title?.trim() || undefined, due: toDay(m.due)!, doneOn: toDay(m.doneOn) })),
      };
      if (draft) {
        patch.leadUnitId = v.leadUnitId ?? null;
        patch.deadline = toDay(v.deadline);
      }
      return ledgerApi.update(task.id, patch);
    });
    if (!saved) return;
    message.success(t('common.saved'));
    onSaved(saved.value);
  };

  return (
    <Modal
      open={open}
      title={t('ledger.action.edit')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      width={760}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={form} name="taskEdit" layout="vertical" data-testid="task-edit-form">
        <Form.Item name="title" label={t('ledger.col.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('ledger.detail.description')}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Form.Item name="measures" label={t('ledger.detail.measures')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Space wrap size="large" style={{ width: '100%' }}>
          {draft && (
            <Form.Item name="leadUnitId" label={t('ledger.col.leadUnit')}>
              <UnitTreeSelect units={units} allowClear style={{ width: 240 }} />
            </Form.Item>
          )}
          <Form.Item name="supportingUnitIds" label={t('ledger.col.supportingUnits')}>
            <UnitsSelect units={units} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="ownerName" label={t('ledger.col.owner')}>
            <Input maxLength={64} style={{ width: 160 }} />
          </Form.Item>
          {draft && (
            <Form.Item name="deadline" label={t('ledger.col.deadline')}>
              <DatePicker />
            </Form.Item>
          )}
          <Form.Item name="category" label={t('ledger.col.category')}>
            <Select style={{ width: 140 }} options={categories.map((c) => ({ value: c, label: t(`ledger.category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="key" valuePropName="checked" label=" ">
            <Checkbox>{t('ledger.keyTag')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <Form.Item label={t('ledger.detail.milestones')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'title']}>
                    <Input placeholder={t('ledger.detail.milestones')} maxLength={200} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'due']} rules={[{ required: true }]}>
                    <DatePicker placeholder={t('ledger.col.deadline')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'doneOn']}>
                    <DatePicker placeholder={t('ledger.detail.milestoneDone', { date: '' })} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                {t('ledger.detail.milestones')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
