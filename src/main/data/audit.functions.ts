// The SQL functions the audit triggers call, registered on every connection that writes the record.
// Both are plain JavaScript so verify (audit.verify.ts) computes byte-for-byte the same canonical form and hash.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { idFromBytes } from './uuid-bytes';

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The canonical form of a list of column values: a JSON array in a fixed order (no key-order ambiguity). An id stored
 * as 16 bytes (0500_ids_as_bytes) is written as its UUID text, so a digest or hash is the same as in the text era.
 * No other column the chain covers is a blob (idFromBytes refuses any other length).
 */
export function canonicalJson(values: readonly unknown[]): string {
  return JSON.stringify(values.map(canonicalValue));
}

function canonicalValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return idFromBytes(value);
  return value ?? null;
}

export function registerAuditFunctions(sqlite: BetterSqlite3.Database): void {
  sqlite.function('sha256', { deterministic: true }, (text: unknown) => sha256Hex(String(text)));
  sqlite.function('canonical_json', { deterministic: true, varargs: true }, (...values: unknown[]) => canonicalJson(values));
}
