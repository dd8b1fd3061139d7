import { App, Button } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { isApiError } from '../../../api/errors';
import { ledgerApi, type TaskItem } from '../api';

/** 批量下达: all selected drafts or none; the server names each one that cannot go. */
export function BatchDispatch({ selected, items, onDone }: { selected: number[]; items: TaskItem[]; onDone: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const byId = new Map(items.map((i) => [i.id, i]));
  const run = () =>
    modal.confirm({
      title: t('ledger.batchDispatch', { count: selected.length }),
      content: t('ledger.batchDispatchConfirm', { count: selected.length }),
      onOk: async () => {
        try {
          await ledgerApi.dispatchMany(selected);
          message.success(t('ledger.batchDispatched', { count: selected.length }));
          onDone();
        } catch (err) {
          const lines = isApiError(err)
            ? err.errors.map((e) => {
                const m = /^body\.ids\.(\d+)/.exec(e.field);
                const task = m ? byId.get(selected[Number(m[1])]) : undefined;
                return `${task ? `${task.number} ${task.title}`.trim() : e.field}${t('common.colon')}${e.message.replace(/^body\.ids\.\d+: /, '')}`;
              })
            : [];
          modal.error({
            // The server appends each failure to its message; they are listed below instead.
            title: errorText(err, t).split(': body.')[0],
            content: lines.length ? (
              <div data-testid="batch-dispatch-errors">
                <p>{t('ledger.batchFailures')}</p>
                <ul>
                  {lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </div>
            ) : undefined,
          });
        }
      },
    });
  return (
    <Button type="primary" icon={<SendOutlined />} disabled={selected.length === 0} onClick={run} data-testid="ledger-batch-dispatch">
      {t('ledger.batchDispatch', { count: selected.length })}
    </Button>
  );
}
