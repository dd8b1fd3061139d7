import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Modal, Space, Typography } from 'antd';
import { EditOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useDateTime } from '../../../lib/use-date-time';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { instructionsApi, type InstructionTarget } from '../api';

const MAX = 2000;

/**
 * 领导批示 on a task or a source: the leader's 批示 button (a dialog whose draft survives a reload),
 * the 批示 written so far with name and unit, and 转为来源 for the ledger's managers, which opens the
 * decomposition page on the new source.
 */
export function Instructions({ target }: { target: InstructionTarget }) {
  const t = useT();
  const when = useDateTime();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const key = target.kind === 'task' ? keys.tasks.instructions(target.id) : keys.sources.instructions(target.id);
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => instructionsApi.list(target, signal) });
  const [open, setOpen] = useState(false);
  const [converting, setConverting] = useState<number | null>(null);
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
  const convert = async (id: number) => {
    setConverting(id);
    try {
      const { id: sourceId } = await instructionsApi.convert(id);
      void invalidate(keys.sources.all);
      navigate(`/sources/new?from=${sourceId}`);
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setConverting(null);
    }
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
            <List.Item
              data-testid="instruction"
              actions={[
                i.sourceId !== null ? (
                  <Link key="source" to={`/ledger/sources/${i.sourceId}`}>
                    {t('ledger.instruction.converted')}
                  </Link>
                ) : actions.includes('convert') ? (
                  <Button
                    key="convert"
                    size="small"
                    icon={<NodeIndexOutlined />}
                    loading={converting === i.id}
                    onClick={() => void convert(i.id)}
                    data-testid="instruction-convert"
                  >
                    {t('ledger.instruction.convert')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {i.author}
                  {i.unit && `（${i.unit}）`} {when(i.createdAt)}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="instruction-text">
                  {i.text}
                </Typography.Paragraph>
              </Space>
            </List.Item>
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
