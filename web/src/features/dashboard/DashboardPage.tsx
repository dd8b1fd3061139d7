import { Route, Routes } from 'react-router';
import { OverviewPage } from './overview/OverviewPage';
import { WallPage } from './wall/WallPage';

/** /dashboard (总体情况) and /dashboard/wall (大屏展示). 挂图作战 has its own menu entry. */
export default function DashboardPage() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="wall" element={<WallPage />} />
    </Routes>
  );
}
