import { useMemo } from 'react';
import { useMe } from './session/SessionProvider';

/**
 * What the current user may do, from the permission codes the server sends in /api/me.
 * Pages ask these booleans and never re-implement role rules; the server checks again anyway.
 */
export function useAccess() {
  const { permissions, menu } = useMe();
  return useMemo(() => {
    const has = (code: string) => permissions.includes(code);
    return {
      has,
      hasMenu: (key: string) => menu.includes(key),
      canReadUnits: has('unit.read'),
      canManageUnits: has('unit.manage'),
      canReadUsers: has('user.read'),
      canManageUsers: has('user.manage'),
      canReadRoles: has('role.read'),
      canGrantRoles: has('role.grant'),
    };
  }, [permissions, menu]);
}

export type Access = ReturnType<typeof useAccess>;
