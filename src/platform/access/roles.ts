import type { Locale } from '../i18n/index.ts';
import type { LuoshiModule, PermissionDef, RoleDef } from '../module.ts';

/**
 * The platform's own roles: the three administrators, separated as 等保 level 3 requires
 * (三员分立): their permission sets do not overlap, and no user may hold two of them. Business
 * roles (supervisor, leader, liaison, ...) are declared by the modules that own them.
 */
export const platformRoles: RoleDef[] = [
  { code: 'sysAdmin', name: { 'zh-CN': '系统管理员', 'en-US': 'System administrator' }, scope: 'unitAndBelow' },
  { code: 'secAdmin', name: { 'zh-CN': '安全保密管理员', 'en-US': 'Security administrator' }, scope: 'all' },
  { code: 'auditor', name: { 'zh-CN': '安全审计员', 'en-US': 'Security auditor' }, scope: 'all' },
];

export const adminRoles = ['sysAdmin', 'secAdmin', 'auditor'];

/**
 * The administrators who watch the system administrator: through the API nobody resets,
 * disables, edits or re-grants them (that would let sysAdmin become them); the server's CLI
 * can, with --break-glass, and the audit log says so.
 */
export const guardedAdminRoles = ['secAdmin', 'auditor'];

/** The CLI acting on the server (systemActor): the only way past the guard on the administrators. */
export const isSystemActor = (actor: { userId: number; grants: { roleCode: string }[] }) =>
  actor.userId === 0 && actor.grants.some((g) => g.roleCode === 'system');

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

/** Business roles get unit.read and user.read through their RoleDef's `permissions`. */
export const platformPermissions: PermissionDef[] = [
  { code: 'unit.read', roles: ['sysAdmin', 'secAdmin'] },
  { code: 'unit.manage', roles: ['sysAdmin'] },
  { code: 'user.read', roles: ['sysAdmin', 'secAdmin'] },
  { code: 'user.manage', roles: ['sysAdmin'] },
  { code: 'role.read', roles: ['secAdmin', 'sysAdmin'] },
  { code: 'role.grant', roles: ['secAdmin'] },
  { code: 'policy.manage', roles: ['secAdmin'] },
  { code: 'audit.read', roles: ['auditor'] },
  // Personal data in clear (phones, ID numbers); everyone else sees them masked.
  { code: 'personal.read', roles: ['sysAdmin'] },
];

/**
 * Every built-in role: each module's in module order, then the administrators (the order a fresh
 * database numbers them in, so the roles list reads business roles first). A code declared twice
 * is a start-up error.
 */
export function builtinRoles(modules: LuoshiModule[]): RoleDef[] {
  const all = [...modules.flatMap((m) => m.roles ?? []), ...platformRoles];
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(r.code)) throw new Error(`two modules declare the role ${r.code}`);
    seen.add(r.code);
  }
  return all;
}

/** Every permission the platform and the modules define. */
export const allPermissions = (modules: LuoshiModule[]): PermissionDef[] => [...platformPermissions, ...modules.flatMap((m) => m.permissions ?? [])];

/**
 * Default permissions of each built-in role, in definition order: a permission is the role's when
 * its PermissionDef names the role or the RoleDef lists the code.
 */
export function builtinPermissions(roles: RoleDef[], defs: PermissionDef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const role of roles) {
    const listed = new Set(role.permissions ?? []);
    const perms = defs.filter((d) => d.roles.includes(role.code) || listed.has(d.code)).map((d) => d.code);
    out.set(role.code, [...new Set([...perms, ...listed])]);
  }
  return out;
}

/** A role's name in the reader's language when a module declares it, else the stored name. */
export function roleName(modules: LuoshiModule[], code: string, locale: Locale, stored: string): string {
  return [...modules.flatMap((m) => m.roles ?? []), ...platformRoles].find((r) => r.code === code)?.name[locale] ?? stored;
}
