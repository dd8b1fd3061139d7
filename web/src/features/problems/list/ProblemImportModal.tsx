import { ImportDialog } from '../../../lib/ImportDialog';
import { problemsApi } from '../api';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** 导入问题清单: the template, the upload, row errors by row number, optionally skipping bad rows. */
export function ProblemImportModal(props: Props) {
  return <ImportDialog {...props} ns="problems.import" testId="problem-import" templateUrl={problemsApi.importTemplateUrl} upload={problemsApi.import} />;
}
