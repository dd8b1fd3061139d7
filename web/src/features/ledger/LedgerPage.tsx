import { Route, Routes } from 'react-router';
import { LedgerListPage } from './table/LedgerListPage';
import { TaskDetailPage } from './detail/TaskDetailPage';
import { SourceTextPage } from './sources/SourceTextPage';

/** /ledger (台账), /ledger/tasks/:id (任务详情), /ledger/sources/:id (来源原文, for every reader). */
export default function LedgerPage() {
  return (
    <Routes>
      <Route index element={<LedgerListPage />} />
      <Route path="tasks/:id" element={<TaskDetailPage />} />
      <Route path="sources/:id" element={<SourceTextPage />} />
    </Routes>
  );
}
