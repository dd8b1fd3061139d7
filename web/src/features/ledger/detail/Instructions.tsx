import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Modal, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { instructionsApi, type InstructionTarget } from '../api';
import { InstructionItem } from './InstructionItem';
import { useConvertInstruction } from './use-convert-instruction';

const MAX = 2000;

/**
 * 领导批示 on a task or a source: the leader's 批示 button (a dialog whose draft survives a reload),
 * the 批示 written so far with name and unit, and 转为来源 for the ledger's managers, which opens the
 * decomposition page on the new source.
 */
export function Instructions({ target }: { target: InstructionTarget }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const key = target.kind === 'task' ? keys.tasks.instructions(target.id) : keys.sources.instructions(target.id);
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => instructionsApi.list(target, signal) });
  const [open, setOpen] = useState(false);
  const { converting, convert } = useConvertInstruction();
  const dialog = useFormDialog<{ text: string }>({ open, draftKey: `luoshi.draft.ledger.instruction.${target.kind}.${target.id}` });
  const actions = list.data?.actions ?? [];

  const submit = async () => {
    const sent = await dialog.submit(({ text }) => instructionsApi.write(target, text.trim()));
    if (!sent) return;
    message.success(t('ledger.instruction.written'));
    setOpen(false);
    // The task's history and this list; the live stream tells everyone else.
    void invalidate(target.kind === 'task' ? keys.tasks.detail(target.id) : keys.sources.detail(target.id));
  };

  return (
    <Card
      size="small"
      title={t('ledger.instruction.title')}
      data-testid="instructions"
      extra={
        actions.includes('write') && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="instruction-write">
            {t('ledger.instruction.write')}
          </Button>
        )
      }
    >
      {list.error != null && <Typography.Text type="danger">{errorText(list.error, t)}</Typography.Text>}
      {list.data && !list.data.items.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.instruction.none')} />}
      {list.data && list.data.items.length > 0 && (
        <List
          dataSource={list.data.items}
          renderItem={(i) => (
            <InstructionItem
              item={i}
              canConvert={actions.includes('convert')}
              converting={converting === i.id}
              onConvert={(id) => void convert(id)}
              testId="instruction"
            />
          )}
        />
      )}
      <Modal
        open={open}
        title={t('ledger.instruction.write')}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        okText={t('ledger.instruction.send')}
        confirmLoading={dialog.busy}
        okButtonProps={{ 'data-testid': 'instruction-send' }}
        forceRender
      >
        {dialog.header}
        <Form form={dialog.form} name={`instruction-${target.kind}`} layout="vertical" onValuesChange={dialog.onValuesChange}>
          <Form.Item name="text" label={t('ledger.instruction.text')} rules={[{ required: true, whitespace: true }, { max: MAX }]}>
            <Input.TextArea rows={6} maxLength={MAX} showCount placeholder={t('ledger.instruction.placeholder')} data-testid="instruction-text-input" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
