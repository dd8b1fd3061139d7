import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/types.ts';
import { withTx } from '../../db/tx.ts';
import { audit, type AuditAction } from '../../audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../access/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { readSheet, type SheetRow } from '../read-table.ts';
import { batchRepo, type ImportBatch } from './batch-repo.ts';
import { assertWorkbook } from './intake.ts';

/** A bad cell: the row as Excel numbers it, the column's key, a message code and its params. */
export interface RowError<K extends string = string> {
  row: number;
  column: K;
  code: string;
  params?: Record<string, unknown>;
}

/** What a row parser answers: the row's value, or every reason it cannot be one. */
export interface ParsedRow<T, K extends string> {
  value: T | null;
  errors: RowError<K>[];
}

/** What apply hands back: extra fields of the answer, of the audit row, and work for after the commit (events). */
export interface Applied<R> {
  result: R;
  audit?: Record<string, unknown>;
  afterCommit?: () => void | Promise<void>;
}

export interface ImportOptions<O> {
  fileName?: string | null;
  /** Import the good rows and report the bad ones, instead of importing nothing (the default). */
  skipBadRows?: boolean;
  /** The module's own options (the ledger's source title). */
  extra?: O;
}

/**
 * One module's Excel import. The kit reads the table by the header, runs the pure row parser on
 * every row, applies the good rows in one transaction with the batch recorded, and undoes the
 * importer's last batch; the module supplies only what is its own.
 */
export interface ImportDefinition<K extends string, Env, T, R extends object = object, O = undefined> {
  /** import_batches.kind: a batch is undone only by the definition that made it. */
  kind: string;
  /** Message codes `${prefix}.import_unreadable | _no_header | _empty | _too_many | _rejected | _not_last | _already_undone`. */
  prefix: string;
  /** Every one is required to import and to undo. */
  permissions: string[];
  /** The header layout: which column a header names, the column that marks the header row, the row limit. */
  columns: { columnOf: (header: string) => K | undefined; required: K; maxRows: number; headers: Record<Locale, Record<K, string>> };
  /** Look-ups the parser needs (unit names, dictionaries), read once per import. */
  prepare(ctx: AppContext, actor: Actor): Promise<Env>;
  /** Pure: one row to a value, or its errors by column. */
  parse(row: SheetRow<K>, env: Env): ParsedRow<T, K>;
  /**
   * Pure, optional: the checks that need the whole file (a row naming another row defined later),
   * over the rows that parsed cleanly; a row it finds errors in is bad like any other.
   */
  crossCheck?(rows: { row: number; value: T }[], env: Env): RowError<K>[];
  /** Writes the good rows inside the transaction the batch row is in. */
  apply(ctx: AppContext, tx: Tx, actor: Actor, rows: T[], batch: { id: number; at: Date }, opts: O | undefined): Promise<Applied<R>>;
  /** The answer's extra fields when nothing was imported. */
  empty: R;
  /** Audit actions of an import and of its undo (the undo's only when `undo` is given). */
  /** The audit actions of an import and of its undo (both in AUDIT_ACTIONS, so both have words). */
  audit: { action: AuditAction; undoAction: AuditAction };
  /** Takes a batch back inside a transaction, or refuses with a coded error; omit when imports cannot be undone. */
  undo?(ctx: AppContext, tx: Tx, actor: Actor, batch: ImportBatch): Promise<{ removed: number; afterCommit?: () => void | Promise<void> }>;
}

export interface ImportOutcome<K extends string, R> {
  batchId: number | null;
  imported: number;
  /** Rows left out for their errors. */
  skipped: number;
  errors: RowError<K>[];
  /** Where each column was found in the file ("D"), for the errors' column letters. */
  letters: Partial<Record<K, string>>;
  result: R;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a definition of any module
export type AnyImport = ImportDefinition<string, any, any, any, any>;

export async function runImport<K extends string, Env, T, R extends object, O>(
  ctx: AppContext,
  actor: Actor,
  def: ImportDefinition<K, Env, T, R, O>,
  data: Buffer,
  opts: ImportOptions<O> = {},
): Promise<ImportOutcome<K, R>> {
  for (const p of def.permissions) requirePermission(actor, p);
  assertWorkbook(data, def.prefix);
  const { rows, letters } = await readSheet<K>(data, {
    columnOf: def.columns.columnOf,
    required: def.columns.required,
    maxRows: def.columns.maxRows,
    errorPrefix: def.prefix,
  });
  const env = await def.prepare(ctx, actor);
  let parsedRows: { row: number; value: T }[] = [];
  const errors: RowError<K>[] = [];
  for (const r of rows) {
    const parsed = def.parse(r, env);
    if (parsed.value !== null) parsedRows.push({ row: r.row, value: parsed.value });
    errors.push(...parsed.errors);
  }
  if (def.crossCheck) {
    const more = def.crossCheck(parsedRows, env);
    const bad = new Set(more.map((e) => e.row));
    parsedRows = parsedRows.filter((p) => !bad.has(p.row));
    errors.push(...more);
    errors.sort((a, b) => a.row - b.row);
  }
  const good = parsedRows.map((p) => p.value);
  const skipped = new Set(errors.map((e) => e.row)).size;
  if (!good.length || (errors.length && !opts.skipBadRows)) return { batchId: null, imported: 0, skipped, errors, letters, result: def.empty };

  const at = ctx.clock.now();
  const done = await withTx(ctx.db, async (tx) => {
    const id = await batchRepo.insert(tx, {
      kind: def.kind,
      fileName: opts.fileName ?? null,
      rows: good.length,
      createdBy: actor.userId || null,
      at: at.toISOString(),
    });
    const applied = await def.apply(ctx, tx, actor, good, { id, at }, opts.extra);
    await audit(
      tx,
      auditActor(actor),
      { action: def.audit.action, entity: 'import_batch', entityId: id, after: { file: opts.fileName ?? null, rows: good.length, skipped, ...applied.audit } },
      at,
    );
    return { id, applied };
  });
  await done.applied.afterCommit?.();
  return { batchId: done.id, imported: good.length, skipped, errors, letters, result: done.applied.result };
}

/**
 * Takes back the actor's last batch of this import: 404 for another's batch or another kind's,
 * 409 when already undone or when a later batch exists; the module's undo may refuse too.
 */
export async function undoImport(ctx: AppContext, actor: Actor, def: AnyImport, batchId: number): Promise<{ batchId: number; removed: number }> {
  for (const p of def.permissions) requirePermission(actor, p);
  if (!def.undo) throw notFound();
  const undo = def.undo;
  const now = ctx.clock.now();
  const me = actor.userId || null;
  const done = await withTx(ctx.db, async (tx) => {
    const batch = await batchRepo.get(tx, batchId);
    if (!batch || batch.created_by !== me || batch.kind !== def.kind) throw notFound();
    if (batch.undone_at) throw new AppError(`${def.prefix}.import_already_undone`, 'conflict');
    const last = await batchRepo.lastOf(tx, def.kind, me);
    if (last && last.id !== batch.id) throw new AppError(`${def.prefix}.import_not_last`, 'conflict', { last: last.id });
    const r = await undo(ctx, tx, actor, batch);
    await batchRepo.markUndone(tx, batch.id, now.toISOString());
    await audit(tx, auditActor(actor), { action: def.audit.undoAction, entity: 'import_batch', entityId: batch.id, after: { removed: r.removed } }, now);
    return r;
  });
  await done.afterCommit?.();
  return { batchId, removed: done.removed };
}

/** One row error as the reader sees it: `{ row: 7, column: 'D', field: '牵头单位', message: '找不到单位“东城”' }`. */
export interface PresentedRowError {
  row: number;
  /** The column's letter in the uploaded file; null when the file lacks the column. */
  column: string | null;
  /** The column's header in the reader's language. */
  field: string;
  message: string;
}

export function presentRowErrors<K extends string>(
  def: { columns: { headers: Record<Locale, Record<K, string>> } },
  locale: Locale,
  outcome: Pick<ImportOutcome<K, unknown>, 'errors' | 'letters'>,
): PresentedRowError[] {
  return outcome.errors.map((e) => ({
    row: e.row,
    column: outcome.letters[e.column] ?? null,
    field: def.columns.headers[locale][e.column],
    message: t(locale, e.code, e.params),
  }));
}
