import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { ApartmentOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { CheckSquareOutlined, NodeIndexOutlined, TableOutlined } from '@ant-design/icons';
import { AuditOutlined, HistoryOutlined } from '@ant-design/icons';
import { DashboardOutlined, FileTextOutlined, ScheduleOutlined } from '@ant-design/icons';
import { CalendarOutlined, FileSearchOutlined, KeyOutlined, SafetyOutlined } from '@ant-design/icons';
import { FlagOutlined } from '@ant-design/icons';
import type { MessageKey } from '../i18n/messages';

export type MenuGroup = 'admin';

/**
 * One page of the app, keyed by the menu key the server sends in GET /api/me. A later module
 * (ledger, problems, dashboard, briefings, members, cadres, library) adds one entry here; the
 * menu and the routes follow. A page may nest its own routes under `path` (`path/*`).
 */
export interface FeatureEntry {
  key: string;
  path: string;
  icon: ReactNode;
  label: MessageKey;
  group?: MenuGroup;
  page: LazyExoticComponent<ComponentType>;
}

export const menuGroups: Record<MenuGroup, { label: MessageKey; icon: ReactNode }> = {
  admin: { label: 'menu.adminGroup', icon: <SettingOutlined /> },
};

export const features: FeatureEntry[] = [
  { key: 'home', path: '/', icon: <HomeOutlined />, label: 'menu.home', page: lazy(() => import('./home/HomePage')) },
  {
    key: 'dashboard.overview',
    path: '/dashboard',
    icon: <DashboardOutlined />,
    label: 'dashboard.menu.overview',
    page: lazy(() => import('./dashboard/DashboardPage')),
  },
  {
    key: 'dashboard.battleMap',
    path: '/dashboard/battle-map',
    icon: <ScheduleOutlined />,
    label: 'dashboard.menu.battleMap',
    page: lazy(() => import('./dashboard/battle-map/BattleMapPage')),
  },
  {
    key: 'briefings.list',
    path: '/briefings',
    icon: <FileTextOutlined />,
    label: 'briefings.menu.list',
    page: lazy(() => import('./briefings/BriefingsPage')),
  },
  {
    key: 'ledger.myWork',
    path: '/my-work',
    icon: <CheckSquareOutlined />,
    label: 'ledger.menu.myWork',
    page: lazy(() => import('./ledger/mywork/MyWorkPage')),
  },
  { key: 'ledger.tasks', path: '/ledger', icon: <TableOutlined />, label: 'ledger.menu.tasks', page: lazy(() => import('./ledger/LedgerPage')) },
  {
    key: 'ledger.sources',
    path: '/sources',
    icon: <NodeIndexOutlined />,
    label: 'ledger.menu.sources',
    page: lazy(() => import('./ledger/sources/SourcesPage')),
  },
  { key: 'problems.list', path: '/problems', icon: <AuditOutlined />, label: 'problems.menu.list', page: lazy(() => import('./problems/ProblemsPage')) },
  {
    key: 'partyOrgs',
    path: '/party-orgs',
    icon: <FlagOutlined />,
    label: 'partyOrgs.menu',
    page: lazy(() => import('./party-orgs/PartyOrgsPage')),
  },
  {
    key: 'supervision.lookBacks',
    path: '/look-backs',
    icon: <HistoryOutlined />,
    label: 'supervision.menu.lookBacks',
    page: lazy(() => import('./supervision/LookBacksPage')),
  },
  {
    key: 'admin.units',
    path: '/admin/units',
    icon: <ApartmentOutlined />,
    label: 'menu.units',
    group: 'admin',
    page: lazy(() => import('./units/UnitsPage')),
  },
  {
    key: 'admin.users',
    path: '/admin/users',
    icon: <TeamOutlined />,
    label: 'menu.users',
    group: 'admin',
    page: lazy(() => import('./users/UsersPage')),
  },
  {
    key: 'admin.roles',
    path: '/admin/security',
    icon: <SafetyOutlined />,
    label: 'security.menu',
    group: 'admin',
    page: lazy(() => import('./security/SecurityPage')),
  },
  {
    key: 'admin.calendar',
    path: '/admin/calendar',
    icon: <CalendarOutlined />,
    label: 'calendar.menu',
    group: 'admin',
    page: lazy(() => import('./calendar/CalendarPage')),
  },
  {
    key: 'admin.audit',
    path: '/admin/audit',
    icon: <FileSearchOutlined />,
    label: 'audit.menu',
    group: 'admin',
    page: lazy(() => import('./audit/AuditPage')),
  },
  { key: 'account.tokens', path: '/account/tokens', icon: <KeyOutlined />, label: 'tokens.menu', page: lazy(() => import('./tokens/TokensPage')) },
];

/** The home page is everyone's landing page, whether or not the server lists it. */
export function isAllowed(entry: FeatureEntry, menu: string[]): boolean {
  return entry.key === 'home' || menu.includes(entry.key);
}
