import { Form, Input } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { TreeUnit } from '../units/api';
import { UnitTreeSelect } from '../units/UnitTreeSelect';

/** The profile fields shared by the create and edit forms. */
export function UserProfileFields({ units }: { units: TreeUnit[] }) {
  const t = useT();
  return (
    <>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 50 }]}>
        <Input maxLength={50} data-testid="user-display-name" />
      </Form.Item>
      <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} data-testid="user-unit" />
      </Form.Item>
      <Form.Item name="phone" label={t('users.phone')} rules={[{ max: 20 }]}>
        <Input maxLength={20} inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', max: 100 }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
    </>
  );
}
