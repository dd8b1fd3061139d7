import { isAllowed, type FeatureEntry } from '../features/registry';
import { ForbiddenPage } from '../features/errors/NotFoundPage';
import { useMe } from '../session/SessionProvider';

/** A known page the server did not list for this user is "no access", not "not found". */
export function FeatureRoute({ entry }: { entry: FeatureEntry }) {
  const { menu } = useMe();
  if (!isAllowed(entry, menu)) return <ForbiddenPage />;
  const Page = entry.page;
  return <Page />;
}
