import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { TreeUnit } from './api';
import { buildTree } from './tree';

interface Props {
  units: TreeUnit[];
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  disabledIds?: ReadonlySet<number>;
  allowClear?: boolean;
  loading?: boolean;
  id?: string;
  'data-testid'?: string;
  style?: React.CSSProperties;
}

/** Pick a unit from the tree, searchable by name (the way users find 某某街道 among hundreds). */
export function UnitTreeSelect({ units, value, onChange, disabledIds, ...rest }: Props) {
  const treeData = useMemo(() => buildTree(units, disabledIds), [units, disabledIds]);
  return (
    <TreeSelect
      {...rest}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={treeData.map((n) => n.key)}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
    />
  );
}
