import { Route, Routes } from 'react-router';
import { ProblemListPage } from './list/ProblemListPage';
import { ProblemDetailPage } from './detail/ProblemDetailPage';

/** /problems (问题清单) and /problems/:id (问题详情: 整改措施、验收). */
export default function ProblemsPage() {
  return (
    <Routes>
      <Route index element={<ProblemListPage />} />
      <Route path=":id" element={<ProblemDetailPage />} />
    </Routes>
  );
}
