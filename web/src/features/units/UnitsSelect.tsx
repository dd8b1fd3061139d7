import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { TreeUnit } from './api';
import { buildTree } from './tree';

interface Props {
  units: TreeUnit[];
  value?: number[];
  onChange?: (value: number[]) => void;
  placeholder?: string;
  id?: string;
  'data-testid'?: string;
  style?: React.CSSProperties;
}

/** Several units from the tree (配合单位), searchable by name. */
export function UnitsSelect({ units, value, onChange, ...rest }: Props) {
  const treeData = useMemo(() => buildTree(units), [units]);
  return (
    <TreeSelect
      {...rest}
      multiple
      allowClear
      treeData={treeData}
      value={value ?? []}
      onChange={(v: number[]) => onChange?.(v ?? [])}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={treeData.map((n) => n.key)}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
    />
  );
}
