import { Alert } from 'antd';

/** The error above a form: what the server said, in the user's language. */
export function FormBanner({ error, extra }: { error: string | null; extra?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" data-testid="form-error" title={error} description={extra} style={{ marginBottom: 16 }} />;
}
