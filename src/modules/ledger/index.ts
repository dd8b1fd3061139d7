import type { LuoshiModule } from '../../platform/module.ts';
import './tables.ts';
import * as ledgerMigration from './migrations/20261125-0100-ledger.ts';
import * as closeReportsMigration from './migrations/20261203-0110-close-reports.ts';
import * as instructionsMigration from './migrations/20261204-0100-instructions.ts';
import { ledgerMessages } from './messages.ts';
import { taskRoutes } from './routes/tasks.ts';
import { sourceRoutes } from './routes/sources.ts';
import { savedViewRoutes } from './routes/saved-views.ts';
import { instructionRoutes } from './routes/instructions.ts';
import { excelRoutes } from './excel/routes.ts';
import { ledgerExcelCli } from './excel/cli.ts';
import { seedLedger } from './demo/seed-ledger.ts';
import { rebuildRollups } from './repo/rollups.ts';
import { ledgerCanReadFile } from './service/files.ts';
import { ledgerRoles } from './roles.ts';
import { ledgerToDo } from './service/todo.ts';

/** 台账: sources, their decomposition into tasks, and the closed loop around each task. */
export const ledgerModule: LuoshiModule = {
  name: 'ledger',
  migrations: {
    '20261125-0100-ledger': ledgerMigration,
    '20261203-0110-close-reports': closeReportsMigration,
    '20261204-0100-instructions': instructionsMigration,
  },
  permissions: [
    { code: 'ledger.read', roles: ['supervisor', 'leader', 'liaison'] },
    { code: 'ledger.manage', roles: ['supervisor'] },
    { code: 'ledger.report', roles: ['liaison'] },
    // 批示: the leader's written comment (service/instructions.ts says why only leaders).
    { code: 'instruction.write', roles: ['leader'] },
  ],
  roles: ledgerRoles,
  menu: [
    { key: 'ledger.myWork', permission: 'ledger.report', order: 100 },
    { key: 'ledger.tasks', permission: 'ledger.read', order: 110 },
    { key: 'ledger.sources', permission: 'ledger.manage', order: 120 },
  ],
  messages: ledgerMessages,
  seedDemo: seedLedger,
  // Counters are kept per ancestor unit: a move changes ancestors, so recount in the same transaction.
  onUnitMoved: (tx) => rebuildRollups(tx),
  canReadFile: ledgerCanReadFile,
  // Evidence for reports and a source's document: whoever reads the ledger may upload it.
  fileAttachPermission: 'ledger.read',
  toDo: ledgerToDo,
  routes(app, ctx) {
    taskRoutes(app, ctx);
    sourceRoutes(app, ctx);
    savedViewRoutes(app, ctx);
    instructionRoutes(app, ctx);
    excelRoutes(app, ctx);
  },
  cli(program, open) {
    ledgerExcelCli(program, open);
  },
};

export { taskService } from './service/tasks.ts';
export { sourceService } from './service/sources.ts';
// For partyOrgs: a standing source (换届工作) its generated tasks are filed under, made once.
export { ensureSource } from './service/sources.ts';
export { actionService } from './service/actions.ts';
// For supervision (督办): a step inside the caller's transaction, role holders, the actor's parties, light rules, scoped task queries.
export { step } from './service/actions.ts';
export { ledgerActor } from './service/domain-actor.ts';
export { lightRules } from './service/rules.ts';
export { lightOf } from './service/present.ts';
export { filteredTasks, LIGHTFUL_STATUSES } from './repo/tasks.ts';
export { escalationRecipients, partiesOf, type LightRules, type RecipientDescriptor, type TrafficLight } from './domain/index.ts';
// For the dashboard and briefings: roll-up counters, the list URL a figure opens, scoped pages of task items.
export { rebuildRollups, rollupTotals, rollupTotalsByUnit } from './repo/rollups.ts';
export { seesDrafts } from './repo/tasks.ts';
export { dayTotals, dayTotalsByUnit, sourceTotals } from './repo/facts.ts';
export { taskRepo, type TaskFilter } from './repo/tasks.ts';
export { listUrl, type Figure } from './service/views.ts';
export { ledgerPath } from './service/todo.ts';
export { presentTasks, type TaskItem } from './service/present.ts';
export { TASK_STATUSES } from './domain/index.ts';
// For the label checks: every kind of entry a task's history shows.
export { TIMELINE_KINDS } from './service/timeline.ts';
export { sourceKinds as SOURCE_KINDS } from './service/sources.ts';
export { insertDraft, type TaskFields } from './service/tasks.ts';
// Foreign ids name only rows the caller may read (problems, supervision).
export { assertReferences, referenceErrors, type Reference } from './service/references.ts';
// For problems: its import tags measures (draft tasks) with its batch; undoing it removes them by the ledger's rules.
export { undoBatch as removeImportedDrafts } from './excel/undo.ts';
export { taskItem } from './schema.ts';
