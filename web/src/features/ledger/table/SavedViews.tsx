import { useState } from 'react';
import { App, Button, Dropdown, Input, Popover, Space, Typography } from 'antd';
import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import type { SavedView, useSavedViews } from './use-saved-views';

interface Props {
  saved: ReturnType<typeof useSavedViews>;
  search: string;
  /** The columns showing now, saved with the view. */
  columns: readonly string[];
  onOpen: (view: SavedView) => void;
}

/** 常用视图: a name for the current filters, one click to come back to them. */
export function SavedViews({ saved, search, columns, onOpen }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  /** The server's refusal (a duplicate name), shown under the name until it is changed: a toast would be gone before a phone user reads it. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = async () => {
    const n = name.trim();
    if (!n || saving) return;
    setSaving(true);
    setRefusal(null);
    try {
      await saved.save(n, search, [...columns]);
      message.success(t('ledger.views.saved', { name: n }));
      setName('');
      setOpen(false);
    } catch (err) {
      setRefusal(errorText(err, t)); // a duplicate name: the server says so; the typing stays
    } finally {
      setSaving(false);
    }
  };
  const items = saved.views.length
    ? saved.views.map((v) => ({
        key: String(v.id),
        label: (
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>{v.name}</span>
            <DeleteOutlined
              title={t('ledger.views.remove')}
              onClick={(e) => {
                e.stopPropagation();
                saved.remove(v.id).catch((err: unknown) => message.error(errorText(err, t)));
              }}
            />
          </Space>
        ),
      }))
    : [{ key: '', label: t('ledger.views.none'), disabled: true }];
  return (
    <Space.Compact>
      {/* Opened by a click, not hover: a phone has no hover, and a menu that reopens under a resting pointer hides the page. */}
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            const view = saved.views.find((v) => String(v.id) === key);
            if (view) onOpen(view);
          },
        }}
      >
        <Button icon={<StarOutlined />} data-testid="ledger-views">
          {t('ledger.views.title')}
        </Button>
      </Dropdown>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        content={
          <Space orientation="vertical" size={4} style={{ width: 300, maxWidth: '80vw' }}>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                autoFocus
                value={name}
                status={refusal ? 'error' : undefined}
                onChange={(e) => {
                  setName(e.target.value);
                  setRefusal(null);
                }}
                onPressEnter={() => void save()}
                placeholder={t('ledger.views.namePlaceholder')}
                maxLength={30}
              />
              <Button type="primary" loading={saving} disabled={!name.trim()} onClick={() => void save()} data-testid="ledger-view-save-submit">
                {t('common.save')}
              </Button>
            </Space.Compact>
            {refusal && (
              <Typography.Text type="danger" role="alert" data-testid="ledger-view-save-error">
                {refusal}
              </Typography.Text>
            )}
          </Space>
        }
      >
        <Button data-testid="ledger-view-save">{t('ledger.views.save')}</Button>
      </Popover>
    </Space.Compact>
  );
}
