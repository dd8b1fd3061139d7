import { Suspense, useState } from 'react';
import { Layout, Spin } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';
import { TopBar } from './TopBar';
import { ErrorBoundary } from './ErrorBoundary';
import { LiveUpdates } from '../api/live-updates';
import styles from './shell.module.css';

/** The frame every module's pages plug into: menu on the left, user and language on top. */
export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const { pathname } = useLocation();
  return (
    <LiveUpdates>
      <Layout className={styles.layout}>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
          <Brand collapsed={collapsed} />
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <Layout.Header className={styles.header}>
            <TopBar />
          </Layout.Header>
          <Layout.Content className={styles.content}>
            <ErrorBoundary key={pathname}>
              <Suspense fallback={<PageSpinner />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </LiveUpdates>
  );
}

export function PageSpinner() {
  return (
    <div className={styles.centered}>
      <Spin size="large" />
    </div>
  );
}
