import { useState } from 'react';
import { App, Button, Dropdown, Input, Popover, Space } from 'antd';
import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import type { useSavedViews } from './use-saved-views';

interface Props {
  saved: ReturnType<typeof useSavedViews>;
  search: string;
  onOpen: (search: string) => void;
}

/** 常用视图: a name for the current filters, one click to come back to them. */
export function SavedViews({ saved, search, onOpen }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const save = () => {
    const n = name.trim();
    if (!n) return;
    saved.save(n, search);
    message.success(t('ledger.views.saved', { name: n }));
    setName('');
    setOpen(false);
  };
  const items = saved.views.length
    ? saved.views.map((v) => ({
        key: v.name,
        label: (
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>{v.name}</span>
            <DeleteOutlined
              title={t('ledger.views.remove')}
              onClick={(e) => {
                e.stopPropagation();
                saved.remove(v.name);
              }}
            />
          </Space>
        ),
      }))
    : [{ key: '', label: t('ledger.views.none'), disabled: true }];
  return (
    <Space.Compact>
      <Dropdown menu={{ items, onClick: ({ key }) => key && onOpen(saved.views.find((v) => v.name === key)?.search ?? '') }}>
        <Button icon={<StarOutlined />} data-testid="ledger-views">
          {t('ledger.views.title')}
        </Button>
      </Dropdown>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        content={
          <Space.Compact style={{ width: 300 }}>
            <Input autoFocus value={name} onChange={(e) => setName(e.target.value)} onPressEnter={save} placeholder={t('ledger.views.namePlaceholder')} maxLength={30} />
            <Button type="primary" onClick={save}>
              {t('common.save')}
            </Button>
          </Space.Compact>
        }
      >
        <Button data-testid="ledger-view-save">{t('ledger.views.save')}</Button>
      </Popover>
    </Space.Compact>
  );
}
