import { Route, Routes } from 'react-router';
import { BriefingListPage } from './BriefingListPage';
import { BriefingEditorPage } from './BriefingEditorPage';

/** /briefings (通报列表) and /briefings/:id (the draft's editor, or the issued text). */
export default function BriefingsPage() {
  return (
    <Routes>
      <Route index element={<BriefingListPage />} />
      <Route path=":id" element={<BriefingEditorPage />} />
    </Routes>
  );
}
