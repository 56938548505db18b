// Is the chart file sound? A bounded check at start (its cost does not grow with the years charted), and the full
// check (every page, every foreign key) in a worker thread, off the main thread, after start and on each backup.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Tables that grow with every day charted: at start only their b-trees' first and last pages are read (the rest is
 * left to the full check). Every other table (accounts, settings, migrations, app_meta…) stays small and is checked
 * whole at start, including tables a later migration adds.
 */
export const GROWING_TABLES: readonly string[] = ['patients', 'sessions', 'entries', 'audit_log'];

/** Beside the chart file once the full check has found it damaged, so the next start refuses it too. */
export const DAMAGE_MARK_SUFFIX = '-damaged';

/** Problems found by the bounded start check; [] when sound. A read that fails outright throws (SQLITE_CORRUPT…). */
export function startCheckProblems(sqlite: BetterSqlite3.Database): string[] {
  const problems: string[] = [];
  // Reads and parses the whole schema.
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of ['sqlite_schema', ...tables.filter((name) => !GROWING_TABLES.includes(name))]) {
    const rows = sqlite.pragma(`quick_check(${quoted(table)})`, { simple: false }) as { quick_check: string }[];
    problems.push(...rows.map((row) => row.quick_check).filter((result) => result !== 'ok'));
    if (table.startsWith('sqlite_')) continue;
    const orphans = sqlite.pragma(`foreign_key_check(${quoted(table)})`) as unknown[];
    if (orphans.length > 0) problems.push(`${orphans.length} row(s) of ${table} point at records that do not exist`);
  }
  for (const table of GROWING_TABLES.filter((name) => tables.includes(name))) {
    for (const probe of edgeProbes(sqlite, table)) probe.all();
  }
  return problems;
}

/**
 * Statements that read the first and the last row of a growing table and of each of its indexes: the root page and
 * the pages down both edges (the right edge is where the latest charting went). A probe the planner would answer by
 * sorting (a whole scan) is left out, so the cost stays a few pages per b-tree.
 */
function edgeProbes(sqlite: BetterSqlite3.Database, table: string): BetterSqlite3.Statement[] {
  const t = quoted(table);
  // A WITHOUT ROWID table (audit_log) is its primary key's b-tree: its edges are the first and last keys.
  const keyColumns = (sqlite.pragma(`table_info(${t})`) as { name: string; pk: number }[])
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => quoted(column.name));
  const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test(String(sqlite.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(table)));
  const candidates = ['ASC', 'DESC'].map((order) =>
    withoutRowid
      ? `SELECT * FROM ${t} ORDER BY ${keyColumns.map((column) => `${column} ${order}`).join(', ')} LIMIT 1`
      : `SELECT * FROM ${t} NOT INDEXED ORDER BY rowid ${order} LIMIT 1`,
  );
  const indexes = sqlite.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?`).all(table) as {
    name: string;
    sql: string | null;
  }[];
  for (const index of indexes) {
    const [first] = sqlite.pragma(`index_xinfo(${quoted(index.name)})`) as { name: string | null; desc: number; coll: string }[];
    if (!first?.name) continue; // an expression index: no column to order by
    const partial = index.sql ? /\)\s+WHERE\s+([\s\S]+)$/i.exec(index.sql)?.[1] : undefined;
    const where = partial ? ` WHERE ${partial}` : '';
    const column = `${quoted(first.name)} COLLATE ${first.coll}`;
    for (const order of ['ASC', 'DESC']) {
      candidates.push(`SELECT ${quoted(first.name)} FROM ${t} INDEXED BY ${quoted(index.name)}${where} ORDER BY ${column} ${order} LIMIT 1`);
    }
  }
  const probes: BetterSqlite3.Statement[] = [];
  for (const source of candidates) {
    let plan: string[];
    try {
      plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all() as { detail: string }[]).map((row) => row.detail);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_ERROR') continue; // no plan uses that index this way
      throw error;
    }
    if (plan.some((detail) => detail.includes('TEMP B-TREE'))) continue;
    probes.push(sqlite.prepare(source));
  }
  return probes;
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface FileCheckRequest {
  readonly file: string;
  readonly nativeBinding?: string;
  /** quick_check for the live file (as the start check always did); integrity_check for a backup about to be kept. */
  readonly pragma: 'quick_check' | 'integrity_check';
  readonly foreignKeys: boolean;
  /** Tables a file must have to be a Chairside chart database at all (a backup, a file to restore). */
  readonly requiredTables: readonly string[];
}

export type FileCheckResult =
  /** Sound when `problems` is empty. */
  | { readonly problems: string[] }
  /** The check could not run (busy, cannot open…): says nothing either way about the file's soundness. */
  | { readonly failed: string };

/**
 * The whole-file check. Sent to the worker as source text (checkFileInWorker): it must use nothing but its
 * parameters, no imports, no helpers from this module.
 */
export function checkFile(Driver: typeof BetterSqlite3, request: FileCheckRequest): FileCheckResult {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new Driver(request.file, { readonly: true, fileMustExist: true, nativeBinding: request.nativeBinding });
    const rows = db.pragma(request.pragma, { simple: false }) as Record<string, unknown>[];
    const problems = rows.map((row) => String(Object.values(row)[0])).filter((result) => result !== 'ok');
    if (request.foreignKeys) {
      const orphans = db.pragma('foreign_key_check') as unknown[];
      if (orphans.length > 0) problems.push(`${orphans.length} row(s) point at records that do not exist`);
    }
    if (request.requiredTables.length > 0) {
      const found = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
      if (request.requiredTables.some((name) => !found.includes(name))) problems.push('it is not a Chairside chart database');
    }
    return { problems };
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    // Damage found on the way is a finding; anything else only means the check did not run.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return { problems: [`it cannot be read (${code})`] };
    return { failed: code || (error as Error).message };
  } finally {
    db?.close();
  }
}

export interface BackupCopyRequest {
  /** The live chart file, read on the worker's own read-only connection: charting goes on meanwhile. */
  readonly source: string;
  /** The copy to write (a temporary name beside the backups). */
  readonly dest: string;
  readonly nativeBinding?: string;
  /** What the copy must then pass. */
  readonly check: FileCheckRequest;
}

/**
 * An online backup of the live file, made off the main thread: on the main connection the copy's final sync held
 * charting for a second at one year of records (and would for far longer at ten). All pages go in one step, so the
 * copy is one consistent snapshot (stepwise, SQLite starts over whenever the main connection writes). Then the copy
 * is made one self-contained file (out of WAL mode) and checked. Sent to the worker as source text, like checkFile,
 * which it is handed.
 */
export async function copyAndCheck(Driver: typeof BetterSqlite3, request: BackupCopyRequest, check: typeof checkFile): Promise<FileCheckResult> {
  const failure = (error: unknown): FileCheckResult => ({ failed: String((error as { code?: unknown }).code ?? '') || (error as Error).message });
  let source: BetterSqlite3.Database | undefined;
  try {
    source = new Driver(request.source, { readonly: true, fileMustExist: true, nativeBinding: request.nativeBinding });
    await source.backup(request.dest, { progress: () => 0x7fffffff }); // better-sqlite3 would copy 100 pages a turn
  } catch (error) {
    return failure(error);
  } finally {
    source?.close();
  }
  let copy: BetterSqlite3.Database | undefined;
  try {
    copy = new Driver(request.dest, { fileMustExist: true, nativeBinding: request.nativeBinding });
    copy.pragma('journal_mode = DELETE'); // reading it later leaves no -wal/-shm beside it
  } catch (error) {
    return failure(error);
  } finally {
    copy?.close();
  }
  return check(Driver, request.check);
}

export interface RunningCheck {
  readonly result: Promise<FileCheckResult>;
  /** Stops the check; resolves once the worker is gone (SQLite finishes the pragma under way first). */
  stop(): Promise<void>;
}

/**
 * Runs checkFile in a worker thread on its own read-only connection, so a check of an 8 GB file (minutes) never
 * holds the main thread. The worker is built from source text rather than a separate entry file, so the same code
 * runs from the electron-vite bundle, from esbuild bundles and from TypeScript under vitest/tsx alike.
 */
export function checkFileInWorker(request: FileCheckRequest): RunningCheck {
  return runInWorker(`(Driver, request) => checkFile(Driver, request)`, request);
}

/** copyAndCheck in a worker thread: the main thread only waits for its answer. */
export function copyAndCheckInWorker(request: BackupCopyRequest): RunningCheck {
  return runInWorker(`(Driver, request) => copyAndCheck(Driver, request, checkFile)`, request);
}

function runInWorker(call: string, request: FileCheckRequest | BackupCopyRequest): RunningCheck {
  const driver = createRequire(__filename).resolve('better-sqlite3');
  const source = [
    // esbuild's keepNames helper, in case the function text was compiled with it.
    'var __name = (target) => target;',
    `const { parentPort, workerData } = require('node:worker_threads');`,
    `const checkFile = ${checkFile.toString()};`,
    `const copyAndCheck = ${copyAndCheck.toString()};`,
    `Promise.resolve((${call})(require(workerData.driver), workerData.request)).then((answer) => parentPort.postMessage(answer));`,
  ].join('\n');
  const worker = new Worker(source, { eval: true, workerData: { driver, request } });
  let stopped = false;
  const result = new Promise<FileCheckResult>((resolve) => {
    worker.once('message', (message: FileCheckResult) => resolve(message));
    worker.once('error', (error) => resolve({ failed: error.message }));
    worker.once('exit', (code) => resolve({ failed: stopped ? 'the check was stopped' : `the check ended early (exit code ${code})` }));
  });
  return {
    result,
    stop: async () => {
      stopped = true;
      await worker.terminate();
    },
  };
}
