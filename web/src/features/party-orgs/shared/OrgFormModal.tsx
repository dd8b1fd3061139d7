import { useEffect, useMemo } from 'react';
import { App, DatePicker, Divider, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { dayField } from '../../../lib/date-field';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { useUnitTree } from '../../units/use-unit-tree';
import { orgCategories, orgKinds, partyOrgsApi, secretaryBackgrounds, type PartyOrgDetail, type PartyOrgInput } from '../api';

type Values = Partial<PartyOrgInput>;

interface Props {
  open: boolean;
  /** Editing this organization (sends its version); creating when absent. */
  org?: PartyOrgDetail;
  onClose: () => void;
  onSaved?: () => void;
  onConflict?: () => void;
}

const row = { display: 'flex', gap: 16, flexWrap: 'wrap' } as const;
const cell = { flex: '1 1 200px' } as const;

/** 新建 / 编辑党组织: every registry field; the draft of a new one survives a reload. */
export function OrgFormModal({ open, org, onClose, onSaved, onConflict }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const units = useUnitTree();
  const dialog = useFormDialog<Values>(
    org
      ? { open, keepAfterSave: true, conflict: { onConflict: onConflict ?? (() => undefined), extra: t('partyOrgs.edit.conflictReloaded') } }
      : { open, draftKey: 'partyOrgs.create' },
  );
  const { form, setError } = dialog;
  const parents = useQuery({ queryKey: keys.partyOrgs.tree(null), queryFn: ({ signal }) => partyOrgsApi.tree(undefined, signal), enabled: open });
  const parentOptions = useMemo(
    () => (parents.data?.items ?? []).filter((o) => o.id !== org?.id).map((o) => ({ value: o.id, label: `${o.name}（${t(`partyOrgs.kind.${o.kind}`)}）` })),
    [parents.data, org?.id, t],
  );

  useEffect(() => {
    if (!open || !org) return;
    setError(null);
    form.setFieldsValue({
      name: org.name,
      kind: org.kind,
      category: org.category,
      parentId: org.parent?.id ?? null,
      hostUnitId: org.hostUnit?.id,
      foundedOn: org.foundedOn,
      secretaryName: org.secretaryName,
      secretaryBackground: org.secretaryBackground,
      committeeMembers: org.committeeMembers,
      memberCount: org.memberCount,
      termStart: org.termStart,
      termYears: org.termYears,
      firstSecretary: org.firstSecretary ?? { name: '', origin: null, from: null, to: null },
    });
    // Only when the dialog opens: a reload after a conflict must not overwrite the typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    const saved = await dialog.submit((v) => {
      const fs = v.firstSecretary;
      const input: PartyOrgInput = {
        ...(v as PartyOrgInput),
        name: v.name!.trim(),
        parentId: v.parentId ?? null,
        secretaryName: v.secretaryName?.trim() || null,
        committeeMembers: (v.committeeMembers ?? []).map((n) => n.trim()).filter(Boolean),
        // No name: no first secretary (the other fields alone mean nothing).
        firstSecretary: fs?.name?.trim() ? { name: fs.name.trim(), origin: fs.origin?.trim() || null, from: fs.from ?? null, to: fs.to ?? null } : null,
      };
      return org ? partyOrgsApi.update(org.id, { ...input, version: org.version }) : partyOrgsApi.create(input);
    });
    if (!saved) return;
    void invalidate(...affectedBy('partyOrg'));
    message.success(t(org ? 'partyOrgs.edit.saved' : 'partyOrgs.create.saved'));
    onClose();
    onSaved?.();
    if (!org) navigate(`/party-orgs/${saved.value.id}`);
  };

  const required = (field: string) => [{ required: true, message: t('partyOrgs.form.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t(org ? 'partyOrgs.edit.title' : 'partyOrgs.create.title')}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      confirmLoading={dialog.busy}
      okButtonProps={{ 'data-testid': 'org-form-submit' }}
      forceRender
    >
      {dialog.header}
      <Form<Values>
        form={form}
        name={org ? `partyOrgEdit-${org.id}` : 'partyOrgCreate'}
        layout="vertical"
        initialValues={{ kind: 'branch', category: 'rural', committeeMembers: [], memberCount: 0 }}
        onValuesChange={dialog.onValuesChange}
        data-testid="org-form"
      >
        <Form.Item
          name="name"
          label={t('partyOrgs.form.name')}
          rules={[{ required: true, whitespace: true, message: t('partyOrgs.form.required', { field: t('partyOrgs.form.name') }) }]}
        >
          <Input maxLength={200} data-testid="org-form-name" />
        </Form.Item>
        <div style={row}>
          <Form.Item name="kind" label={t('partyOrgs.form.kind')} style={cell} rules={required(t('partyOrgs.form.kind'))}>
            <Select options={orgKinds.map((k) => ({ value: k, label: t(`partyOrgs.kind.${k}`) }))} data-testid="org-form-kind" />
          </Form.Item>
          <Form.Item name="category" label={t('partyOrgs.form.category')} style={cell} rules={required(t('partyOrgs.form.category'))}>
            <Select options={orgCategories.map((c) => ({ value: c, label: t(`partyOrgs.category.${c}`) }))} data-testid="org-form-category" />
          </Form.Item>
        </div>
        <div style={row}>
          <Form.Item name="hostUnitId" label={t('partyOrgs.form.hostUnit')} style={cell} rules={required(t('partyOrgs.form.hostUnit'))}>
            <UnitTreeSelect units={units.units} data-testid="org-form-unit" />
          </Form.Item>
          <Form.Item name="parentId" label={t('partyOrgs.form.parent')} style={cell}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('partyOrgs.form.parentNone')}
              options={parentOptions}
              loading={parents.isLoading}
              data-testid="org-form-parent"
            />
          </Form.Item>
        </div>
        <div style={row}>
          <Form.Item name="foundedOn" label={t('partyOrgs.form.foundedOn')} style={cell} {...dayField}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="memberCount" label={t('partyOrgs.form.memberCount')} style={cell}>
            <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <div style={row}>
          <Form.Item name="secretaryName" label={t('partyOrgs.form.secretaryName')} style={cell}>
            <Input maxLength={64} data-testid="org-form-secretary" />
          </Form.Item>
          <Form.Item name="secretaryBackground" label={t('partyOrgs.form.secretaryBackground')} style={cell}>
            <Select allowClear options={secretaryBackgrounds.map((b) => ({ value: b, label: t(`partyOrgs.background.${b}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="committeeMembers" label={t('partyOrgs.form.committeeMembers')} extra={t('partyOrgs.form.committeeMembersHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <div style={row}>
          <Form.Item name="termStart" label={t('partyOrgs.form.termStart')} style={cell} {...dayField}>
            <DatePicker style={{ width: '100%' }} data-testid="org-form-term-start" />
          </Form.Item>
          <Form.Item name="termYears" label={t('partyOrgs.form.termYears')} extra={t('partyOrgs.form.termYearsHint')} style={cell}>
            <InputNumber min={1} max={10} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Divider titlePlacement="start" plain>
          {t('partyOrgs.form.firstSecretary')}
        </Divider>
        <div style={row}>
          <Form.Item name={['firstSecretary', 'name']} label={t('partyOrgs.form.firstSecretaryName')} style={cell}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name={['firstSecretary', 'origin']} label={t('partyOrgs.form.firstSecretaryOrigin')} style={cell}>
            <Input maxLength={200} />
          </Form.Item>
        </div>
        <div style={row}>
          <Form.Item name={['firstSecretary', 'from']} label={t('partyOrgs.form.firstSecretaryFrom')} style={cell} {...dayField}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['firstSecretary', 'to']} label={t('partyOrgs.form.firstSecretaryTo')} style={cell} {...dayField}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
