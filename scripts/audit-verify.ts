// npm run audit:verify -- <data folder or chairside.db>: checks the whole audit trail of a chart database, read-only,
// and names the first broken link. Exit code 0 when the trail holds, 1 when it is broken, 2 when it cannot be read.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { verifyAuditTrail } from '../src/main/data/audit.verify';

function databaseFile(arg: string | undefined): string {
  const given = arg ?? process.env.CHAIRSIDE_DATA_DIR;
  if (!given) throw new Error('Name the data folder or the chairside.db file: npm run audit:verify -- ~/.chairside');
  const path = resolve(given);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'chairside.db') : path;
  if (!existsSync(file)) throw new Error(`No chart database at ${file}.`);
  return file;
}

function main(): number {
  let sqlite: BetterSqlite3.Database;
  let file: string;
  try {
    file = databaseFile(process.argv[2]);
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    console.error(`audit:verify: ${(error as Error).message}`);
    return 2;
  }
  try {
    const result = verifyAuditTrail(sqlite);
    console.log(`${file}: ${result.rowsChecked} audit rows on ${result.devices} device(s), ${result.recordsChecked} records checked.`);
    if (result.ok) {
      console.log('The audit trail holds: every row links to the one before it and every record is as it was written.');
      return 0;
    }
    const at = result.firstBreak!;
    const where = at.seq !== null ? `audit row ${at.seq} of device ${at.deviceId}` : `record ${at.recordTable}/${at.recordId}`;
    console.log(`BROKEN: the first broken link is ${where}: ${at.problem}.`);
    if (result.breakCount > 1) console.log(`${result.breakCount - 1} further problem(s) follow it.`);
    return 1;
  } catch (error) {
    console.error(`audit:verify could not read the trail: ${(error as Error).message}`);
    return 2;
  } finally {
    sqlite.close();
  }
}

process.exitCode = main();
