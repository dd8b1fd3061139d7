import { useMemo } from 'react';
import { Empty, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { keys } from '../../../api/keys';
import { useT } from '../../../i18n/I18nProvider';
import { partyOrgsApi, type TreeOrg } from '../api';

/** The organizations' own tree (隶属关系), hosted in the unit's subtree; an organization whose superior is outside it is a root. */
function build(items: TreeOrg[], t: ReturnType<typeof useT>): DataNode[] {
  const ids = new Set(items.map((o) => o.id));
  const children = new Map<number | null, TreeOrg[]>();
  for (const o of items) {
    const parent = o.parentId !== null && ids.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const node = (o: TreeOrg): DataNode => ({
    key: o.id,
    title: (
      <span data-testid="org-tree-node">
        {o.name} <span style={{ color: '#888' }}>{t(`partyOrgs.kind.${o.kind}`)}</span>
      </span>
    ),
    children: (children.get(o.id) ?? []).map(node),
  });
  return (children.get(null) ?? []).map(node);
}

export function OrgTree({ unitId }: { unitId: number | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const tree = useQuery({ queryKey: keys.partyOrgs.tree(unitId ?? null), queryFn: ({ signal }) => partyOrgsApi.tree(unitId, signal) });
  const data = useMemo(() => build(tree.data?.items ?? [], t), [tree.data, t]);
  if (tree.isLoading) return <Spin />;
  if (!data.length) return <Empty description={t('partyOrgs.tree.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Tree
      // A new root (an import, another unit) opens like the first ones did.
      key={data.map((n) => String(n.key)).join(',')}
      data-testid="org-tree"
      treeData={data}
      defaultExpandedKeys={data.map((n) => n.key)}
      onSelect={([key]) => key !== undefined && navigate(`/party-orgs/${String(key)}`)}
      style={{ maxHeight: 640, overflow: 'auto' }}
    />
  );
}
