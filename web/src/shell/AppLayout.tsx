import { Suspense, useCallback, useEffect, useState } from 'react';
import { Button, ConfigProvider, Drawer, Layout, Spin, type ThemeConfig } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Outlet, useLocation } from 'react-router';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';
import { TopBar, UnitName } from './TopBar';
import { ErrorBoundary } from './ErrorBoundary';
import { LangSwitch } from './LangSwitch';
import { LiveUpdates } from '../api/live-updates';
import { useT } from '../i18n/I18nProvider';
import { useIsPhone } from '../lib/use-is-phone';
import styles from './shell.module.css';

const COLLAPSED_KEY = 'luoshi.menuCollapsed';

// A finger needs 44 px (Apple's and WeChat's guideline): controls and menu rows grow on a phone only.
const phoneTheme: ThemeConfig = { token: { controlHeight: 44, controlHeightSM: 44 }, components: { Menu: { itemHeight: 48 } } };

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The desktop's menu stays as the user left it, across pages and reloads. */
function useCollapsed(): [boolean, (next: boolean) => void] {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const set = (next: boolean) => {
    setCollapsed(next);
    try {
      localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0');
    } catch {
      // private mode: the choice lasts for this page only
    }
  };
  return [collapsed, set];
}

/**
 * The frame every module's pages plug into: menu on the left, user and language on top. On a
 * phone the menu is a drawer that starts closed and closes on every navigation.
 */
export function AppLayout() {
  const phone = useIsPhone();
  const { pathname } = useLocation();
  const content = (
    <Layout.Content className={styles.content}>
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Layout.Content>
  );
  return (
    <LiveUpdates>
      {phone ? (
        <ConfigProvider theme={phoneTheme}>
          <PhoneFrame pathname={pathname}>{content}</PhoneFrame>
        </ConfigProvider>
      ) : (
        <DesktopFrame>{content}</DesktopFrame>
      )}
    </LiveUpdates>
  );
}

function DesktopFrame({ children }: { children: React.ReactNode }) {
  const [collapsed, setCollapsed] = useCollapsed();
  return (
    <Layout className={styles.layout}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} data-testid="side-menu-sider">
        <Brand collapsed={collapsed} />
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <TopBar />
        </Layout.Header>
        {children}
      </Layout>
    </Layout>
  );
}

function PhoneFrame({ pathname, children }: { pathname: string; children: React.ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(close, [pathname, close]);
  return (
    <Layout className={`${styles.layout} ${styles.phone}`}>
      <Layout.Header className={styles.phoneHeader}>
        <Button type="text" icon={<MenuOutlined />} aria-label={t('shell.menu')} aria-expanded={open} data-testid="menu-toggle" onClick={() => setOpen(true)} />
        <img src="/favicon.svg" alt={t('shell.productName')} width={24} height={24} />
        <span className={styles.spacer} />
        <TopBar compact />
      </Layout.Header>
      <Drawer
        placement="left"
        open={open}
        onClose={close}
        size={264}
        closable={false}
        rootClassName={styles.drawer}
        data-testid="menu-drawer"
        styles={{ body: { padding: 0, background: '#001529', display: 'flex', flexDirection: 'column' } }}
      >
        <Brand />
        <SideMenu onPick={close} />
        <div className={styles.drawerFoot}>
          <UnitName />
          <LangSwitch />
        </div>
      </Drawer>
      {children}
    </Layout>
  );
}

export function PageSpinner() {
  return (
    <div className={styles.centered}>
      <Spin size="large" />
    </div>
  );
}
