import { useMemo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { listRoles } from '../roles/api';
import { roleLabel } from '../roles/role-label';

const builtinCodes = ['supervisor', 'leader', 'liaison', 'sysAdmin', 'secAdmin', 'auditor'];

/** Roles for filters and grants: the server's list when the user may read it, else the built-in ones. */
export function useRoleOptions(canReadRoles: boolean) {
  const t = useT();
  const remote = useQuery({ queryKey: keys.roles.all, queryFn: ({ signal }) => listRoles(signal), enabled: canReadRoles });
  const roles = useMemo(() => remote.data?.items ?? [], [remote.data]);
  const byCode = useMemo(() => new Map(roles.map((r) => [r.code, r])), [roles]);
  const codeOptions = useMemo(
    () =>
      roles.length
        ? roles.map((r) => ({ value: r.code, label: roleLabel(r.code, t, r.name) }))
        : builtinCodes.map((c) => ({ value: c, label: roleLabel(c, t) })),
    [roles, t],
  );
  return { roles, byCode, codeOptions, loading: remote.isFetching };
}
