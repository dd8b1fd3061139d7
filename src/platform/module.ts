import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { Command } from 'commander';
import type { AppContext } from './context.ts';
import type { Messages } from './i18n/index.ts';
import type { DbOrTx } from './db/types.ts';

/** A permission a module defines; roles are granted sets of these codes. */
export interface PermissionDef {
  code: string;
  /** Built-in roles that get it by default. */
  roles: string[];
}

/** An entry of the web app's left menu; shown when the user holds `permission`. */
export interface MenuEntry {
  key: string;
  permission: string;
  order: number;
}

/**
 * One capability of Luoshi. Adding a module is one folder under src/modules and one line in
 * src/modules/index.ts; no other module changes.
 */
export interface LuoshiModule {
  name: string;
  /** Migrations keyed by a timestamped name ("20261125-0001-ledger"); all modules' run in name order. */
  migrations?: Record<string, Migration>;
  permissions?: PermissionDef[];
  menu?: MenuEntry[];
  /** Message keys for errors and notifications, per locale. */
  messages?: Messages;
  /** Registers the module's HTTP routes (under /api). */
  routes?: (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;
  /** Adds the module's CLI commands. */
  cli?: (program: Command, open: () => Promise<AppContext>) => void;
  /** Loads demo data; runs once, in module order, on first start. */
  seedDemo?: (ctx: AppContext) => Promise<void>;
  /**
   * Called inside the transaction that re-hangs a unit (and its subtree) elsewhere in the tree,
   * for modules that keep figures per ancestor unit.
   */
  onUnitMoved?: (tx: DbOrTx, ctx: AppContext, unitId: number) => Promise<void>;
  /**
   * Whether the actor may read a stored file this module attaches (evidence of an acceptance,
   * a source's document...), given the file's id and uploader. The file route, and every check
   * of an attachment, asks every module; one yes is enough (platform/files/attach.ts).
   */
  canReadFile?: (ctx: AppContext, actor: import('./access/actor.ts').Actor, file: { id: number; created_by: number | null }) => Promise<boolean>;
  /**
   * The permission that lets an actor upload files to attach to this module's rows (POST
   * /api/files) and use the file route at all; holding any module's is enough (platform/files).
   */
  fileAttachPermission?: string;
  /** Starts background work (job handlers, event listeners); returns a stopper. */
  start?: (ctx: AppContext) => (() => Promise<void> | void) | void;
}
