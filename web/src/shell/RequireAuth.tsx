import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { loginPath, useSession } from '../session/SessionProvider';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../lib/error-text';
import { PageSpinner } from './AppLayout';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, refresh } = useSession();
  const location = useLocation();
  const t = useT();
  if (state.status === 'loading') return <PageSpinner />;
  if (state.status === 'anonymous') {
    // The server could not be reached: say so rather than pretend the user is logged out.
    if (state.error) {
      return <Result status="warning" title={errorText(state.error, t)} extra={<Button onClick={() => void refresh()}>{t('common.retry')}</Button>} />;
    }
    if (state.loggedOut) return <Navigate to="/login" replace />;
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  return <>{children}</>;
}
