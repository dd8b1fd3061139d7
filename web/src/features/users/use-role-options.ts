import { useMemo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useRemote } from '../../lib/use-remote';
import { listRoles, type Role } from '../roles/api';
import { roleLabel } from '../roles/role-label';

const builtinCodes = ['supervisor', 'leader', 'liaison', 'sysAdmin', 'secAdmin', 'auditor'];

/** Roles for filters and grants: the server's list when the user may read it, else the built-in ones. */
export function useRoleOptions(canReadRoles: boolean) {
  const t = useT();
  const remote = useRemote<Role[]>((signal) => (canReadRoles ? listRoles(signal).then((r) => r.items) : Promise.resolve([])), [canReadRoles]);
  // Memoised: a fresh `[]` each render would re-run the memos below on every render.
  const roles = useMemo(() => remote.data ?? [], [remote.data]);
  const byCode = useMemo(() => new Map(roles.map((r) => [r.code, r])), [roles]);
  const codeOptions = useMemo(
    () =>
      (roles.length ? roles.map((r) => ({ value: r.code, label: roleLabel(r.code, t, r.name) })) : builtinCodes.map((c) => ({ value: c, label: roleLabel(c, t) }))),
    [roles, t],
  );
  return { roles, byCode, codeOptions, loading: remote.loading };
}
