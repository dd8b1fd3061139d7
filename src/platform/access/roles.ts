import type { DataScope } from './actor.ts';
import type { PermissionDef } from '../module.ts';

/**
 * The built-in roles. The three administrators are separated as 等保 level 3 requires
 * (三员分立): their permission sets do not overlap, and no user may hold two of them.
 */
export const builtinRoles: { code: string; name: string; scope: DataScope }[] = [
  { code: 'supervisor', name: '督办人员', scope: 'all' },
  { code: 'leader', name: '分管领导', scope: 'unitAndBelow' },
  { code: 'liaison', name: '联络员', scope: 'unitAndBelow' },
  { code: 'sysAdmin', name: '系统管理员', scope: 'unitAndBelow' },
  { code: 'secAdmin', name: '安全保密管理员', scope: 'all' },
  { code: 'auditor', name: '安全审计员', scope: 'all' },
];

export const adminRoles = ['sysAdmin', 'secAdmin', 'auditor'];

/**
 * The administrators who watch the system administrator: through the API nobody resets,
 * disables, edits or re-grants them (that would let sysAdmin become them); the server's CLI
 * can, with --break-glass, and the audit log says so.
 */
export const guardedAdminRoles = ['secAdmin', 'auditor'];

/** The CLI acting on the server (systemActor): the only way past the guard on the administrators. */
export const isSystemActor = (actor: { userId: number; grants: { roleCode: string }[] }) => actor.userId === 0 && actor.grants.some((g) => g.roleCode === 'system');

/**
 * Why a set of role codes may not be held by one user, or null: two of the three separated
 * administrators (三员分立), or an administrator with a business role (supervisor, leader, liaison…).
 */
export function separationProblem(codes: string[]): { code: 'security.admin_separation' | 'security.admin_business'; roles: string } | null {
  const admins = [...new Set(codes.filter((c) => adminRoles.includes(c)))];
  if (admins.length > 1) return { code: 'security.admin_separation', roles: admins.join(', ') };
  const business = [...new Set(codes.filter((c) => !adminRoles.includes(c)))];
  if (admins.length && business.length) return { code: 'security.admin_business', roles: [...admins, ...business].join(', ') };
  return null;
}

export const platformPermissions: PermissionDef[] = [
  { code: 'unit.read', roles: ['supervisor', 'leader', 'liaison', 'sysAdmin', 'secAdmin'] },
  { code: 'unit.manage', roles: ['sysAdmin'] },
  { code: 'user.read', roles: ['supervisor', 'leader', 'sysAdmin', 'secAdmin'] },
  { code: 'user.manage', roles: ['sysAdmin'] },
  { code: 'role.read', roles: ['secAdmin', 'sysAdmin'] },
  { code: 'role.grant', roles: ['secAdmin'] },
  { code: 'policy.manage', roles: ['secAdmin'] },
  { code: 'audit.read', roles: ['auditor'] },
  // Personal data in clear (phones, ID numbers); everyone else sees them masked.
  { code: 'personal.read', roles: ['sysAdmin'] },
];

/** Default permissions of each built-in role, gathered from every module's PermissionDefs. */
export function builtinPermissions(defs: PermissionDef[]): Map<string, string[]> {
  const out = new Map<string, string[]>(builtinRoles.map((r) => [r.code, []]));
  for (const def of defs) for (const role of def.roles) out.get(role)?.push(def.code);
  return out;
}
