import { App, Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { isApiError } from '../../../api/errors';
import { ledgerApi, type TaskAction, type TaskDetail } from '../api';

/** Order on the bar: the likely next step first, destructive ones last. */
const order: TaskAction[] = [
  'acknowledge',
  'report',
  'requestSignOff',
  'signOff',
  'returnSignOff',
  'dispatch',
  'approveExtension',
  'refuseExtension',
  'requestExtension',
  'remind',
  'supervisionNotice',
  'edit',
  'reopen',
  'cancel',
  'delete',
];
const primary = new Set<TaskAction>(['acknowledge', 'report', 'signOff', 'dispatch', 'approveExtension']);
const danger = new Set<TaskAction>(['cancel', 'delete', 'returnSignOff', 'refuseExtension']);
/** One click, no dialog: nothing to type and easily seen afterwards. */
const immediate = new Set<TaskAction>(['acknowledge']);

interface Props {
  task: TaskDetail;
  onOpen: (action: TaskAction) => void;
  onChanged: (task?: TaskDetail) => void;
}

/** Exactly the buttons the server allows this user now (`actions`), never a rule of our own. */
export function TaskActions({ task, onOpen, onChanged }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const actions = order.filter((a) => task.actions.includes(a));

  const run = async (a: TaskAction) => {
    try {
      const next = await ledgerApi.act(task.id, a, { version: task.version });
      message.success(t('ledger.action.done', { action: t(`ledger.action.${a}`) }));
      onChanged(next);
    } catch (err) {
      message.error(errorText(err, t));
      if (isApiError(err) && err.isConflict) onChanged();
    }
  };

  const click = (a: TaskAction) => {
    if (immediate.has(a)) return void run(a);
    if (a === 'delete') {
      return modal.confirm({
        title: t('ledger.action.delete'),
        content: t('ledger.dialog.deleteConfirm'),
        okButtonProps: { danger: true },
        onOk: async () => {
          try {
            await ledgerApi.remove(task.id, task.version);
            navigate('/ledger', { replace: true });
          } catch (err) {
            message.error(errorText(err, t));
            onChanged();
          }
        },
      });
    }
    onOpen(a);
  };

  return (
    <Space wrap data-testid="task-actions">
      {actions.map((a) => (
        <Button key={a} type={primary.has(a) ? 'primary' : 'default'} danger={danger.has(a)} onClick={() => click(a)} data-testid={`action-${a}`}>
          {t(`ledger.action.${a}`)}
        </Button>
      ))}
    </Space>
  );
}
