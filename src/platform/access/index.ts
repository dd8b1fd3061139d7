import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';

export * from './actor.ts';
export * from './scope.ts';
export * from './scope-repo.ts';
export { holdersOf } from './repo.ts';

/** Throws 403 unless the actor holds the permission in at least one grant. */
export function requirePermission(actor: Actor, permission: string): void {
  if (!actor.permissions.has(permission)) throw new AppError('common.forbidden', 'forbidden', { permission });
}
