// Damage a chart file the way a failing disk would: whole pages overwritten, in a place a test chooses.
import { closeSync, openSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Overwrites whole pages of the (closed, checkpointed) file with garbage. */
export function spoilPages(file: string, pages: number[]): void {
  const fd = openSync(file, 'r+');
  const garbage = Buffer.alloc(4096, 0xa5);
  for (const page of pages) writeSync(fd, garbage, 0, garbage.length, (page - 1) * 4096);
  closeSync(fd);
}

/** A leaf page of `table` that is neither its first nor its last: the bounded start check does not read it. */
export function middleLeaf(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const leaves = db.prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path`).pluck().all(table) as number[];
    if (leaves.length <= 4) throw new Error(`${table} has only ${leaves.length} leaf pages: chart more first`);
    return leaves[Math.floor(leaves.length / 2)];
  } finally {
    db.close();
  }
}

/** The last leaf page of `table`: where the newest rows went (the bounded start check reads it). */
export function lastLeaf(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path DESC LIMIT 1`).pluck().get(table) as number;
  } finally {
    db.close();
  }
}

export function rootPage(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).pluck().get(table) as number;
  } finally {
    db.close();
  }
}
