import { useMemo } from 'react';
import { App, Checkbox, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { partyOrgsApi } from '../api';
import { criterionCategories, weakLaxApi } from './api';

interface Values {
  orgId?: number;
  year?: number;
  criteria?: string[];
}

/** 排查登记: the criteria (认定标准) one organization met in a year, ticked from the dictionary, never typed. */
export function ScreeningModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const dialog = useFormDialog<Values>({ open, freshOnOpen: true });
  const orgs = useQuery({ queryKey: keys.partyOrgs.tree(null), queryFn: ({ signal }) => partyOrgsApi.tree(undefined, signal), enabled: open });
  const criteria = useQuery({ queryKey: keys.partyOrgs.section('criteria', {}), queryFn: ({ signal }) => weakLaxApi.criteria(signal), enabled: open });
  const options = useMemo(() => (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name}（${t(`partyOrgs.kind.${o.kind}`)}）` })), [orgs.data, t]);

  const submit = async () => {
    const sent = await dialog.submit((v) => weakLaxApi.screen({ year: v.year!, items: [{ orgId: v.orgId!, criteria: v.criteria ?? [] }] }));
    if (!sent) return;
    void invalidate(...affectedBy('partyOrg'));
    message.success(t('partyOrgs.weakLax.screen.done'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('partyOrgs.weakLax.screen.title')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'screening-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values> form={dialog.form} name="weakLaxScreening" layout="vertical" initialValues={{ year, criteria: [] }} onValuesChange={dialog.onValuesChange}>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item
            name="orgId"
            label={t('partyOrgs.weakLax.screen.org')}
            style={{ flex: '3 1 260px' }}
            rules={[{ required: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.weakLax.screen.org') }) }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={orgs.isLoading} data-testid="screening-org" />
          </Form.Item>
          <Form.Item name="year" label={t('partyOrgs.weakLax.year')} style={{ flex: '1 1 120px' }} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="criteria" label={t('partyOrgs.weakLax.screen.criteria')} extra={t('partyOrgs.weakLax.screen.criteriaHint')}>
          <Checkbox.Group style={{ width: '100%' }} data-testid="screening-criteria">
            <Space orientation="vertical" style={{ width: '100%' }}>
              {criterionCategories.map((c) => {
                const items = (criteria.data?.items ?? []).filter((x) => x.category === c);
                if (!items.length) return null;
                return (
                  <div key={c}>
                    <Typography.Text type="secondary">{t(`partyOrgs.weakLax.criterionCategory.${c}`)}</Typography.Text>
                    <Space orientation="vertical" style={{ display: 'flex', marginTop: 4 }}>
                      {items.map((x) => (
                        <Checkbox key={x.code} value={x.code} data-testid={`criterion-${x.code}`}>
                          {x.name}
                        </Checkbox>
                      ))}
                    </Space>
                  </div>
                );
              })}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
