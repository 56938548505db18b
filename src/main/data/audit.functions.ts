// The SQL functions the audit triggers call, registered on every connection that writes the record.
// Both are plain JavaScript so verify (audit.verify.ts) computes byte-for-byte the same canonical form and hash.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The canonical form of a list of column values: a JSON array in a fixed order (no key-order ambiguity). */
export function canonicalJson(values: readonly unknown[]): string {
  return JSON.stringify(values.map((value) => (typeof value === 'bigint' ? Number(value) : value ?? null)));
}

export function registerAuditFunctions(sqlite: BetterSqlite3.Database): void {
  sqlite.function('sha256', { deterministic: true }, (text: unknown) => sha256Hex(String(text)));
  sqlite.function('canonical_json', { deterministic: true, varargs: true }, (...values: unknown[]) => canonicalJson(values));
}
