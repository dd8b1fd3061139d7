import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useT } from '../i18n/I18nProvider';

function Crashed() {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('errors.crashed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}

/** One broken page must not take the menu and the top bar down with it. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}
