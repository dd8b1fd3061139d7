import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { Command } from 'commander';
import type { AppContext } from './context.ts';
import type { Locale, Messages } from './i18n/index.ts';
import type { DbOrTx } from './db/types.ts';
import type { DataScope } from './access/actor.ts';

/** A permission a module defines; roles are granted sets of these codes. */
export interface PermissionDef {
  code: string;
  /** Built-in roles that get it by default. */
  roles: string[];
}

/**
 * A built-in role a module brings (the ledger's supervisor, a cadres module's cadreManager...).
 * Boot creates it and keeps its default permissions: the PermissionDefs of any module that name it,
 * plus `permissions` (codes other modules or the platform define, e.g. 'unit.read').
 */
export interface RoleDef {
  code: string;
  /** Stored in zh-CN; lists answer in the reader's language. */
  name: Record<Locale, string>;
  /** The data scope, relative to the unit the role is held in. */
  scope: DataScope;
  permissions?: string[];
}

/** An entry of the web app's left menu; shown when the user holds `permission`. */
export interface MenuEntry {
  key: string;
  permission: string;
  order: number;
}

/**
 * One line of a role's to-do (待办) home page: how many things await the caller, and the web page
 * that lists exactly those (a ledger URL with its filters, or the page that lists them).
 */
export interface ToDoItem {
  /** `<module>.<name>`, one of the contribution's `keys`; the web labels it `home.todo.<key>`. */
  key: string;
  count: number;
  /** A path of the web app (`/ledger?status=dispatched&unitId=3`, `/look-backs`). */
  link: string;
  severity?: 'info' | 'warning' | 'danger';
  /** The latest one in words, when a count alone does not say enough (被退回: the reason). */
  note?: string | null;
}

/**
 * A module's part of the to-do home page (GET /api/me/todo asks every module that has one). `items`
 * answers only what the actor's permissions make its work, counted in the actor's scope, each count
 * one query (SQL in the module's repos); `keys` lists every key it may answer, for the label checks.
 */
export interface ToDoContribution {
  keys: readonly string[];
  items: (ctx: AppContext, actor: import('./access/actor.ts').Actor) => Promise<ToDoItem[]>;
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
  /** Built-in roles this module owns; no two modules may declare the same code. */
  roles?: RoleDef[];
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
  /** What this module puts on each role's to-do (待办) home page. */
  toDo?: ToDoContribution;
  /** Starts background work (job handlers, event listeners); returns a stopper. */
  start?: (ctx: AppContext) => (() => Promise<void> | void) | void;
}
