import { Route, Routes } from 'react-router';
import { LookBackListPage } from './LookBackListPage';
import { LookBackDetailPage } from './LookBackDetailPage';

/** /look-backs (回头看) and /look-backs/:id (检查清单: 确认销号 or 重新办理). */
export default function LookBacksPage() {
  return (
    <Routes>
      <Route index element={<LookBackListPage />} />
      <Route path=":id" element={<LookBackDetailPage />} />
    </Routes>
  );
}
