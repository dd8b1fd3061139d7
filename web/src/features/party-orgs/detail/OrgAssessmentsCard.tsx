import { useState } from 'react';
import { App, Button, Card, Checkbox, Form, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { useToday } from '../../../lib/use-date-time';
import { useFormDialog } from '../../../lib/use-form-dialog';
import type { PartyOrgDetail } from '../api';
import { orgWorkApi, type Assessment } from '../others/api';

interface Values {
  year?: number;
  met?: string[];
}

/** 标准化评估 of one organization: its yearly assessments, and 评估 against its category's checklist (yes/no items only, no free text). */
export function OrgAssessmentsCard({ org, canManage }: { org: PartyOrgDetail; canManage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const thisYear = Number(useToday().slice(0, 4));
  const [open, setOpen] = useState(false);
  // The assessment list has no organization filter: the host unit and category narrow it, the rows are then this organization's.
  const query = { unitId: org.hostUnit?.id, category: [org.category], page: 1, pageSize: 100 };
  const list = useQuery({ queryKey: keys.partyOrgs.section('orgAssessments', query), queryFn: ({ signal }) => orgWorkApi.assessments(query, signal) });
  const templates = useQuery({ queryKey: keys.partyOrgs.section('standards', {}), queryFn: ({ signal }) => orgWorkApi.templates(signal) });
  const template = templates.data?.items.find((x) => x.category === org.category);
  const rows = (list.data?.items ?? []).filter((a) => a.org.id === org.id);
  const dialog = useFormDialog<Values>({ open, freshOnOpen: true });

  const submit = async () => {
    const saved = await dialog.submit((v) => {
      const previous = rows.find((r) => r.year === v.year);
      return orgWorkApi.assess(org.id, { year: v.year!, met: v.met ?? [], version: previous?.version });
    });
    if (!saved) return;
    void invalidate(...affectedBy('partyOrg'));
    message.success(t('partyOrgs.standardization.saved'));
    setOpen(false);
  };

  const columns = [
    { title: t('partyOrgs.standardization.col.year'), dataIndex: 'year', width: 80 },
    { title: t('partyOrgs.standardization.col.itemsMet'), key: 'met', width: 100, render: (_: unknown, r: Assessment) => `${r.metCount}/${r.itemCount}` },
    { title: t('partyOrgs.standardization.col.score'), dataIndex: 'score', width: 80 },
    {
      title: t('partyOrgs.standardization.col.below'),
      dataIndex: 'belowStandard',
      render: (b: boolean) => <Tag color={b ? 'red' : 'green'}>{t(b ? 'partyOrgs.standardization.below' : 'partyOrgs.standardization.met')}</Tag>,
    },
  ];
  return (
    <Card
      size="small"
      title={t('partyOrgs.detail.assessments')}
      data-testid="org-assessments"
      extra={
        canManage &&
        template &&
        template.items.length > 0 && (
          <Button onClick={() => setOpen(true)} data-testid="org-assess">
            {t('partyOrgs.standardization.assess')}
          </Button>
        )
      }
    >
      <Table<Assessment>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partyOrgs.detail.noAssessments') }}
      />
      {template && (
        <Modal
          open={open}
          title={`${template.name} · ${org.name}`}
          width={680}
          onCancel={() => setOpen(false)}
          onOk={() => void submit()}
          okText={t('common.save')}
          confirmLoading={dialog.busy}
          forceRender
        >
          {dialog.header}
          <Form<Values> form={dialog.form} name={`assess-${org.id}`} layout="vertical" initialValues={{ year: thisYear, met: [] }}>
            <Form.Item name="year" label={t('partyOrgs.standardization.col.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} precision={0} inputMode="numeric" />
            </Form.Item>
            <Form.Item name="met" label={t('partyOrgs.standardization.itemsHint')}>
              <Checkbox.Group style={{ width: '100%' }}>
                <Space orientation="vertical">
                  {template.items.map((i) => (
                    <Checkbox key={i.key} value={i.key}>
                      {i.text}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
