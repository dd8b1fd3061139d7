import { Select } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { unitKinds, type UnitKind } from './api';

interface Props {
  value?: UnitKind;
  onChange?: (v: UnitKind) => void;
  id?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
}

export function KindSelect(props: Props) {
  const t = useT();
  return <Select<UnitKind> {...props} data-testid="unit-kind" options={unitKinds.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))} />;
}

export function useKindLabel() {
  const t = useT();
  return (kind: UnitKind) => t(`units.kinds.${kind}`);
}
