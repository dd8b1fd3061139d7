import type { Locale } from '../i18n/index.ts';

export const dataScopes = ['self', 'unit', 'unitAndBelow', 'all'] as const;
export type DataScope = (typeof dataScopes)[number];

/** A role held in a unit. Its data scope is relative to that unit. */
export interface Grant {
  roleId: number;
  roleCode: string;
  unitId: number;
  scope: DataScope;
  permissions: string[];
}

/** Who is making the request: put on every request by the auth layer, passed to every service. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  unitId: number;
  grants: Grant[];
  permissions: Set<string>;
  ip: string | null;
  locale: Locale;
  via: 'session' | 'token' | 'cli';
  sessionId?: string;
  tokenId?: number;
}

export const can = (actor: Actor, permission: string) => actor.permissions.has(permission);

export const auditActor = (actor: Actor) => ({ userId: actor.userId, name: actor.username, ip: actor.ip });

/** The system itself (CLI, scheduler, demo loader): all permissions, scope all. */
export function systemActor(name = 'system', locale: Locale = 'zh-CN'): Actor {
  return {
    userId: 0,
    username: name,
    displayName: name,
    unitId: 0,
    grants: [{ roleId: 0, roleCode: 'system', unitId: 0, scope: 'all', permissions: ['*'] }],
    permissions: new Proxy(new Set<string>(), { get: (t, p) => (p === 'has' ? () => true : Reflect.get(t, p)) }),
    ip: null,
    locale,
    via: 'cli',
  };
}
