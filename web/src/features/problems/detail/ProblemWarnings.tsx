import { Alert } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import type { Prompt } from '../api';

/** The server's prompts about vague data (no deadline, no owner, later than the problem): shown, never blocking. */
export function ProblemWarnings({ warnings }: { warnings: Prompt[] }) {
  const t = useT();
  if (!warnings.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="problem-warnings"
      style={{ marginBottom: 16 }}
      title={t('problems.detail.warnings')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w, i) => (
            <li key={`${w.field}-${w.code}-${i}`} data-testid="problem-warning" data-code={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
