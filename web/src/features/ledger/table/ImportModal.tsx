import { ImportDialog } from '../../../lib/ImportDialog';
import { ledgerApi } from '../api';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** Tasks from the Excel template; the last batch can be undone (its tasks are still drafts). */
export function ImportModal(props: Props) {
  return (
    <ImportDialog
      {...props}
      ns="ledger.import"
      testId="ledger-import"
      accept=".xlsx,.xls"
      templateUrl={ledgerApi.importTemplateUrl}
      upload={ledgerApi.import}
      undo={{ storageKey: 'luoshi.ledger.lastImport', run: ledgerApi.undoImport }}
      missingKey="ledger.import.missing"
    />
  );
}
