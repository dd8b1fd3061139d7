import { useEffect, useMemo, useRef, useState } from 'react';
import { Input, Tree, Typography, type GetRef } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import type { TreeUnit } from './api';
import { buildTree, matchPaths, type UnitNode } from './tree';

interface Props {
  units: TreeUnit[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

function ancestorsOf(units: TreeUnit[], id: number): number[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: number[] = [];
  let p = byId.get(id)?.parentId ?? null;
  while (p !== null) {
    out.push(p);
    p = byId.get(p)?.parentId ?? null;
  }
  return out;
}

export function UnitTreePanel({ units, selectedId, onSelect }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const treeData = useMemo(() => buildTree(units), [units]);
  const [expanded, setExpanded] = useState<number[]>([]);
  const { hits, expand } = useMemo(() => matchPaths(units, q), [units, q]);

  // Roots open at first; the selected unit (after a create or a move) is always revealed.
  useEffect(() => {
    setExpanded((prev) => [...new Set([...prev, ...treeData.map((n) => n.key)])]);
  }, [treeData]);
  useEffect(() => {
    if (selectedId === null) return;
    setExpanded((prev) => [...new Set([...prev, ...ancestorsOf(units, selectedId)])]);
    const timer = setTimeout(() => treeRef.current?.scrollTo({ key: selectedId, align: 'auto' }), 50);
    return () => clearTimeout(timer);
  }, [selectedId, units]);
  useEffect(() => {
    if (expand.length) setExpanded((prev) => [...new Set([...prev, ...expand])]);
  }, [expand]);

  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('units.searchPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
        style={{ marginBottom: 8 }}
        data-testid="unit-tree-search"
      />
      <Tree<UnitNode>
        ref={treeRef}
        data-testid="unit-tree"
        treeData={treeData}
        height={560}
        blockNode
        showLine
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys as number[])}
        selectedKeys={selectedId === null ? [] : [selectedId]}
        onSelect={(keys) => {
          if (keys.length) onSelect(Number(keys[0]));
        }}
        titleRender={(node) =>
          hits.has(node.key) ? (
            <Typography.Text mark data-unit-id={node.key}>
              {node.title}
            </Typography.Text>
          ) : (
            <span data-unit-id={node.key}>{node.title}</span>
          )
        }
      />
    </>
  );
}
