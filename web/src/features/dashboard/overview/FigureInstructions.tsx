import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Modal, Select, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useFormDialog } from '../../../lib/use-form-dialog';
import { dashboardApi, type Figure } from '../api';
import { pagePathFor } from '../shared/figure-path';
import { InstructionItem } from '../../ledger/detail/InstructionItem';
import { useConvertInstruction } from '../../ledger/detail/use-convert-instruction';

const MAX = 2000;

/** A figure the leader can comment on: its name on the card and the figure itself (count and list). */
export interface NamedFigure {
  name: string;
  figure: Figure;
}

/**
 * 领导批示 on this dashboard's figures: a leader picks a figure (红灯 3 项) and writes; the 批示 keeps the
 * list the figure opens, so whoever reads it (the scope's liaison, the supervisors) opens those tasks.
 * The ledger's managers turn one into a source, as on a task.
 */
export function FigureInstructions({ unitId, scopeName, figures }: { unitId: number | null; scopeName: string; figures: NamedFigure[] }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const list = useQuery({ queryKey: keys.dashboard.instructions(unitId), queryFn: ({ signal }) => dashboardApi.figureInstructions(unitId, signal) });
  const [open, setOpen] = useState(false);
  const { converting, convert } = useConvertInstruction(keys.dashboard.instructions(unitId));
  const dialog = useFormDialog<{ figure: string; text: string }>({ open, draftKey: `luoshi.draft.dashboard.instruction.${unitId ?? 'city'}` });
  const actions = list.data?.actions ?? [];

  const submit = async () => {
    const sent = await dialog.submit(({ figure, text }) => {
      // Picked by name: two figures may open the same list (逾期 and 红灯 often do).
      const named = figures.find((f) => f.name === figure) ?? figures[0];
      const label = t('dashboard.instruction.label', { scope: scopeName, name: named.name, count: named.figure.count });
      return dashboardApi.writeFigureInstruction({ figure: named.figure.list, label, unitId, text: text.trim() });
    });
    if (!sent) return;
    message.success(t('ledger.instruction.written'));
    setOpen(false);
    void invalidate(keys.dashboard.instructions(unitId));
  };

  // Nothing written here and nothing this reader may write: the card would be an empty box.
  if (!list.data?.items.length && !actions.includes('write') && list.error == null) return null;
  return (
    <Card
      size="small"
      title={t('ledger.instruction.title')}
      style={{ marginBottom: 12 }}
      data-testid="figure-instructions"
      extra={
        actions.includes('write') && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="figure-instruction-write">
            {t('ledger.instruction.write')}
          </Button>
        )
      }
    >
      {list.error != null && <Typography.Text type="danger">{errorText(list.error, t)}</Typography.Text>}
      {list.data && !list.data.items.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.instruction.none')} />}
      {list.data && list.data.items.length > 0 && (
        <List
          dataSource={list.data.items}
          pagination={{ pageSize: 3, size: 'small', hideOnSinglePage: true }}
          renderItem={(i) => (
            <InstructionItem
              item={i}
              canConvert={actions.includes('convert')}
              converting={converting === i.id}
              onConvert={(id) => void convert(id)}
              about={
                <>
                  {' · '}
                  {t('dashboard.instruction.on')}
                  <Link to={pagePathFor(i.figure)} data-testid="figure-instruction-figure">
                    {i.label}
                  </Link>
                </>
              }
              testId="figure-instruction"
            />
          )}
        />
      )}
      <Modal
        open={open}
        title={t('dashboard.instruction.write')}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        okText={t('ledger.instruction.send')}
        confirmLoading={dialog.busy}
        okButtonProps={{ 'data-testid': 'figure-instruction-send' }}
        forceRender
      >
        {dialog.header}
        <Form form={dialog.form} name="figure-instruction" layout="vertical" onValuesChange={dialog.onValuesChange}>
          <Form.Item name="figure" label={t('dashboard.instruction.figure')} rules={[{ required: true }]}>
            <Select data-testid="figure-instruction-figure-select" options={figures.map((f) => ({ value: f.name, label: `${f.name} ${f.figure.count}` }))} />
          </Form.Item>
          <Form.Item name="text" label={t('ledger.instruction.text')} rules={[{ required: true, whitespace: true }, { max: MAX }]}>
            <Input.TextArea rows={5} maxLength={MAX} showCount placeholder={t('dashboard.instruction.placeholder')} data-testid="figure-instruction-text" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
