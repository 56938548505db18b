// Opens the SQLite file with the durability pragmas, checks it is sound, and hands out branded read/write handles.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';
import { DomainError } from '../../shared/contract/envelope';
import { registerAuditFunctions } from './audit.functions';
import type { Database } from './schema';
import { checkFileInWorker, DAMAGE_MARK_SUFFIX, startCheckProblems, type FileCheckResult, type RunningCheck } from './soundness';
import { IdBytesPlugin, idsStoredAsBytes } from './uuid-bytes';

/** A handle for queries only; a writer cannot be handed one (Signal's branded-handle pattern). */
export type ReadDb = Kysely<Database> & { readonly __access: 'read' };
/** A handle that exists only inside a write transaction, so every write commits or rolls back whole. */
export type WriteDb = Kysely<Database> & { readonly __access: 'write' };

export interface Store {
  readonly file: string;
  readonly sqlite: BetterSqlite3.Database;
  readonly read: ReadDb;
  /** Runs `work` in one transaction; resolves only after COMMIT has returned (synchronous=FULL: on disk). */
  write<T>(work: (db: WriteDb) => Promise<T>): Promise<T>;
  /** What the full check found wrong with the file, in the words the nurse sees; null while none is known. */
  readonly damage: string | null;
  /**
   * The full check of the whole file (quick_check and foreign_key_check), in a worker thread. When it finds damage,
   * writes are refused from then on with `damage` as the message, and the next start refuses the file.
   */
  checkFully(): Promise<FileCheckResult>;
  /** Reads again how the file stores ids (text before 0500_ids_as_bytes, bytes after); the migration runner calls it. */
  schemaChanged(): void;
  close(): Promise<void>;
}

export class DatabaseUnusableError extends Error {
  constructor(
    readonly reason: 'damaged' | 'newer' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseUnusableError';
  }
}

export interface OpenOptions {
  /** Path of better-sqlite3's compiled addon, when the running process needs a build other than the default. */
  nativeBinding?: string;
}

export function openStore(file: string, options: OpenOptions = {}): Store {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    throw asUnusable(file, error);
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // The audit triggers hash with these; a connection without them cannot write a clinical row.
  registerAuditFunctions(sqlite);
  checkSound(file, sqlite);
  assertWritable(file, sqlite);

  // Ids are text in the app and 16 bytes in the file: the plugin converts at this boundary (uuid-bytes.ts).
  const ids = new IdBytesPlugin();
  ids.active = idsStoredAsBytes(sqlite);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: [ids] });
  let damage: string | null = null;
  let running: RunningCheck | null = null;
  return {
    file,
    sqlite,
    read: kysely as ReadDb,
    write: (work) =>
      damage
        ? Promise.reject(new DomainError('storage_error', `Saving has stopped, so this entry was NOT saved: chart it on paper. ${damage}`))
        : writeTransaction(kysely, sqlite, work),
    get damage() {
      return damage;
    },
    checkFully: async () => {
      if (running) return running.result;
      running = checkFileInWorker({ file, nativeBinding: options.nativeBinding, pragma: 'quick_check', foreignKeys: true, requiredTables: [] });
      try {
        const result = await running.result;
        if ('problems' in result && result.problems.length > 0) {
          // What every screen's banner says after "Saving has stopped: chart on paper now." (StorageAlert.tsx).
          damage = `${damageFound(file, result.problems)} Quit Chairside and start it again to be offered the latest good backup.`;
          // The mark makes the next start refuse the file and offer the backup, as for damage found at start.
          writeFileSync(file + DAMAGE_MARK_SUFFIX, damagedMessage(file, result.problems));
        }
        return result;
      } finally {
        running = null;
      }
    },
    schemaChanged: () => {
      ids.active = idsStoredAsBytes(sqlite);
    },
    close: async () => {
      // Before the file goes away under it (a restore renames it; Windows refuses while a reader holds it).
      await running?.stop();
      await kysely.destroy(); // closes the better-sqlite3 handle too
    },
  };
}

/** How many distinct statements stay prepared; the app's queries are a few dozen shapes (IN lists vary in length). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query afresh; SQLite's prepare was a third of a chart read. The same SQL text reuses its
 * prepared statement (SQLite re-prepares it by itself after a schema change). Least recently used goes first.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new LRUCache<string, BetterSqlite3.Statement>({ max: STATEMENT_CACHE_SIZE });
  return {
    close: () => sqlite.close(),
    prepare: (source: string) => {
      let statement = cache.get(source);
      if (!statement) cache.set(source, (statement = sqlite.prepare(source)));
      return statement;
    },
  };
}

/**
 * One write transaction on the single connection (other queries wait for it). Not Kysely's transaction(): when
 * SQLite itself has already rolled back (disk full), Kysely's ROLLBACK fails and hides the real cause.
 */
async function writeTransaction<T>(kysely: Kysely<Database>, sqlite: BetterSqlite3.Database, work: (db: WriteDb) => Promise<T>): Promise<T> {
  // Held for the whole transaction, so reads on the store's read handle wait for it (they never see its rows).
  return kysely.connection().execute(async (connection) => {
    const { begin, commit, rollback } = transactionStatements(sqlite);
    begin.run();
    try {
      const result = await work(connection as WriteDb);
      commit.run();
      return result;
    } catch (error) {
      if (sqlite.inTransaction) rollback.run();
      throw error;
    }
  });
}

/** Prepared once per connection: charting's every save begins and commits, and Kysely would compile both each time. */
const transactionStatementsOf = new WeakMap<BetterSqlite3.Database, Record<'begin' | 'commit' | 'rollback', BetterSqlite3.Statement>>();
function transactionStatements(sqlite: BetterSqlite3.Database) {
  let statements = transactionStatementsOf.get(sqlite);
  if (!statements) {
    statements = { begin: sqlite.prepare('BEGIN IMMEDIATE'), commit: sqlite.prepare('COMMIT'), rollback: sqlite.prepare('ROLLBACK') };
    transactionStatementsOf.set(sqlite, statements);
  }
  return statements;
}

/**
 * The start check, bounded so a ten-year file opens as fast as a new one: the schema and every small table whole,
 * the growing tables' edges (src/main/data/soundness.ts). The rest waits for Store.checkFully, after start.
 */
function checkSound(file: string, sqlite: BetterSqlite3.Database): void {
  const mark = file + DAMAGE_MARK_SUFFIX;
  if (existsSync(mark)) {
    sqlite.close();
    throw new DatabaseUnusableError('damaged', readFileSync(mark, 'utf8').trim() || damagedMessage(file, ['found by an earlier check']));
  }
  let problems: string[];
  try {
    problems = startCheckProblems(sqlite);
  } catch (error) {
    sqlite.close();
    throw asUnusable(file, error);
  }
  if (problems.length > 0) {
    sqlite.close();
    throw new DatabaseUnusableError('damaged', damagedMessage(file, problems));
  }
}

function damagedMessage(file: string, problems: string[]): string {
  return `${damageFound(file, problems)} Nothing will be charted into it; restore the latest good backup.`;
}

function damageFound(file: string, problems: string[]): string {
  return `The chart database at ${file} is damaged (${problems.slice(0, 3).join('; ')}).`;
}

/** A read-only file or folder would take the nurse's typing and refuse it at Save: refuse it at start instead. */
function assertWritable(file: string, sqlite: BetterSqlite3.Database): void {
  try {
    // A real write, rolled back: SQLite opens a file it may not write read-only without saying so.
    sqlite.exec('BEGIN IMMEDIATE; CREATE TABLE main.chairside_write_probe (x); ROLLBACK');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
    throw asUnusable(file, error);
  }
}

function asUnusable(file: string, error: unknown): DatabaseUnusableError {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new DatabaseUnusableError(
      'unreadable',
      `The chart database at ${file} is read-only, or its folder is (${code}). Nothing can be charted until Chairside may write there: check the file's and the folder's permissions, or restore the latest good backup to a writable folder.`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseUnusableError(
      'damaged',
      `The file at ${file} is not a readable chart database (${code}). Nothing will be charted into it; restore the latest good backup.`,
    );
  }
  return new DatabaseUnusableError(
    'unreadable',
    `The chart database at ${file} cannot be opened: ${(error as Error).message}.`,
  );
}
