import { App, Button, Card, Form, Input, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import { useFormDialog } from '../../lib/use-form-dialog';
import { calendarApi } from './api';

interface Values {
  text: string;
}

/**
 * 载入安排: the schedule text pasted or read from a .txt file. The server refuses the whole text
 * when a line is wrong and names each one (body.text): they show under the box, the text stays.
 */
export function ScheduleLoadForm({ onLoaded }: { onLoaded: (years: number[]) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const dialog = useFormDialog<Values>({ open: true, draftKey: 'calendar.load' });

  const load = async () => {
    const done = await dialog.submit((v) => calendarApi.load(v.text));
    if (!done) return;
    const years = done.value.years;
    message.success(t('calendar.loaded', { years: years.map((y) => t('calendar.loadedPart', y)).join('；') }));
    await invalidate(keys.calendar.all);
    onLoaded(years.map((y) => y.year));
  };

  // A file only fills the box: what is loaded is what the secAdmin sees there.
  const readFile = (file: File) => {
    file.text().then(
      (text) => {
        dialog.form.setFieldsValue({ text });
        dialog.onValuesChange?.({ text }, dialog.form.getFieldsValue());
      },
      (err: unknown) => dialog.setError(t('calendar.fileUnreadable', { message: err instanceof Error ? err.message : String(err) })),
    );
    return false;
  };

  return (
    <Card title={t('calendar.loadTitle')}>
      <Typography.Paragraph type="secondary">{t('calendar.loadHelp')}</Typography.Paragraph>
      {dialog.header}
      <Form<Values> form={dialog.form} name="calendarLoad" layout="vertical" onValuesChange={dialog.onValuesChange} data-testid="calendar-load-form">
        <Form.Item name="text" label={t('calendar.text')} rules={[{ required: true, whitespace: true }, { max: 100_000 }]}>
          <Input.TextArea
            rows={8}
            placeholder={t('calendar.textPlaceholder')}
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
            data-testid="calendar-load-text"
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" loading={dialog.busy} onClick={() => void load()} data-testid="calendar-load-submit">
            {t('calendar.load')}
          </Button>
          <Upload accept=".txt,text/plain" showUploadList={false} beforeUpload={readFile}>
            <Button icon={<UploadOutlined />} title={t('calendar.fromFileHelp')} data-testid="calendar-load-file">
              {t('calendar.fromFile')}
            </Button>
          </Upload>
        </Space>
      </Form>
    </Card>
  );
}
