import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { login } from '../../session/api';
import { useSession } from '../../session/SessionProvider';
import { LangSwitch } from '../../shell/LangSwitch';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { safeNext } from './safe-next';
import styles from './login.module.css';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<LoginForm>();
  const next = safeNext(params.get('next'));
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;
  usePageTitle(t('auth.title'));

  if (state.status === 'authenticated') return <Navigate to={next} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const me = await login(values.username.trim(), values.password);
      signedIn(me);
      navigate(next, { replace: true });
    } catch (err) {
      // Keep the username, clear only the password: the next try starts from a known state.
      form.setFieldValue('password', '');
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <div className={styles.lang}>
        <LangSwitch />
      </div>
      <div className={styles.brand}>
        <h1>
          {t('shell.productName')} {t('shell.productLatin')}
        </h1>
        <p>{t('shell.tagline')}</p>
      </div>
      <Card className={styles.card} title={t('auth.title')}>
        {error ? (
          <Alert type="error" showIcon title={error} data-testid="login-error" role="alert" style={{ marginBottom: 16 }} />
        ) : expired ? (
          <Alert type="info" showIcon title={t('shell.sessionExpired')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginForm> form={form} name="login" layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true }]}>
            <Input prefix={<UserOutlined />} placeholder={t('auth.usernamePlaceholder')} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('auth.passwordPlaceholder')}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('auth.hint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
