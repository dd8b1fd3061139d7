import { useMemo } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { features, isAllowed, menuGroups, type FeatureEntry, type MenuGroup } from '../features/registry';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/SessionProvider';

type Item = Required<MenuProps>['items'][number];

function activeEntry(pathname: string, entries: FeatureEntry[]): FeatureEntry | undefined {
  return entries
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** The left menu: only entries the server lists in `menu` and the web app knows. `onPick` follows every tap (the phone's drawer closes, even on the page it shows). */
export function SideMenu({ onPick }: { onPick?: () => void } = {}) {
  const t = useT();
  const { menu } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => features.filter((f) => isAllowed(f, menu)), [menu]);

  const items = useMemo(() => {
    const out: Item[] = [];
    const groups = new Map<MenuGroup, Item[]>();
    for (const e of entries) {
      const item = {
        key: e.key,
        // Where the entry leads, on its <li>: the phone test loads every entry's page afresh.
        'data-path': e.path,
        icon: e.icon,
        label: t(e.label),
        onClick: () => {
          onPick?.();
          void navigate(e.path);
        },
      } as Item;
      if (!e.group) {
        out.push(item);
        continue;
      }
      if (!groups.has(e.group)) {
        const children: Item[] = [];
        groups.set(e.group, children);
        out.push({ key: `group:${e.group}`, icon: menuGroups[e.group].icon, label: t(menuGroups[e.group].label), children });
      }
      groups.get(e.group)!.push(item);
    }
    return out;
  }, [entries, navigate, onPick, t]);

  const active = activeEntry(pathname, entries);
  return (
    <Menu
      mode="inline"
      theme="dark"
      data-testid="side-menu"
      items={items}
      selectedKeys={active ? [active.key] : []}
      defaultOpenKeys={Object.keys(menuGroups).map((g) => `group:${g}`)}
    />
  );
}
