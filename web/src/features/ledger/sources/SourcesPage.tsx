import { Route, Routes } from 'react-router';
import { SourceList } from './SourceList';
import { NewSourcePage } from './NewSourcePage';

/** 任务分解: /sources (the list) and /sources/new (paste or upload, review, publish). */
export default function SourcesPage() {
  return (
    <Routes>
      <Route index element={<SourceList />} />
      <Route path="new" element={<NewSourcePage />} />
    </Routes>
  );
}
