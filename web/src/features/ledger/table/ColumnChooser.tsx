import { Button, Checkbox, Popover } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { allColumns, type ColumnKey } from './use-columns';

export function ColumnChooser({ visible, onChange, onReset }: { visible: ColumnKey[]; onChange: (v: ColumnKey[]) => void; onReset: () => void }) {
  const t = useT();
  const content = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="ledger-columns">
      <Checkbox.Group value={visible} onChange={(v) => onChange(v as ColumnKey[])} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        {allColumns.map((c) => (
          <Checkbox key={c} value={c} disabled={c === 'title'}>
            {t(`ledger.col.${c}`)}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Button size="small" type="link" onClick={onReset}>
        {t('common.reset')}
      </Button>
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>{t('ledger.columns')}</Button>
    </Popover>
  );
}
