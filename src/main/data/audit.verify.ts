// Verifies the audit trail: each device's chain (no gap, each row linked to the one before, each hash right) and each
// audited record against the digest written when it was created. Names the first broken link.
import type BetterSqlite3 from 'better-sqlite3';
import { AUDIT_GENESIS_HASH, canonicalJson, sha256Hex } from './audit.functions';
import type { AuditLogTable } from './schema';
import { idsAsText } from './uuid-bytes';

/** The immutable columns hashed per table, in order; must match the triggers of 0200_users_and_audit and 0210. */
export const AUDITED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['id', 'clinic_id', 'device_id', 'display_name', 'initials', 'role', 'created_by', 'created_at'],
  patients: ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'family_name', 'given_name', 'date_of_birth', 'mrn'],
  sessions: ['id', 'clinic_id', 'device_id', 'patient_id', 'author_user_id', 'created_at', 'route', 'planned_start'],
  entries: [
    'id', 'kind', 'clinic_id', 'device_id', 'patient_id', 'session_id', 'author_user_id', 'recorded_at', 'created_at',
    'supersedes_id', 'payload',
  ],
  setting_changes: ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'key', 'value'],
};

export interface AuditBreak {
  readonly deviceId: string | null;
  /** The audit row where the chain breaks (null when a record has no audit row at all). */
  readonly seq: number | null;
  readonly recordTable: string | null;
  readonly recordId: string | null;
  readonly problem: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly rowsChecked: number;
  readonly recordsChecked: number;
  readonly devices: number;
  /** The first broken link in chain order, or null when the whole trail holds. */
  readonly firstBreak: AuditBreak | null;
  readonly breakCount: number;
}

export function recordDigest(table: string, row: Record<string, unknown>): string {
  return sha256Hex(canonicalJson([table, ...AUDITED_COLUMNS[table].map((column) => row[column])]));
}

/** An audit row as the chain formula sees it: digests in hex, and the hash of the row before (hex, or genesis). */
export interface ChainRow {
  readonly device_id: string;
  readonly seq: number;
  readonly at: string;
  readonly user_id: string;
  readonly action: string;
  readonly record_table: string | null;
  readonly record_id: string | null;
  readonly record_digest: string | null;
  readonly detail: string | null;
}

/** The chain formula of the audit_append trigger (0200, kept by 0300): hex of sha256(prev hex + canonical row). */
export function auditRowHash(prevHash: string, row: ChainRow): string {
  return sha256Hex(
    prevHash +
      canonicalJson([row.device_id, row.seq, row.at, row.user_id, row.action, row.record_table, row.record_id, row.record_digest, row.detail]),
  );
}

const hex = (bytes: Buffer | null): string | null => (bytes ? bytes.toString('hex') : null);

export function verifyAuditTrail(sqlite: BetterSqlite3.Database): AuditVerification {
  const breaks: AuditBreak[] = [];
  const records = new Map<string, Map<string, Record<string, unknown>>>();
  let recordsChecked = 0;
  for (const table of Object.keys(AUDITED_COLUMNS)) {
    // Raw rows (no plugin on this path): ids as 16 bytes since 0500_ids_as_bytes, read as text like the app does.
    const rows = (sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map(idsAsText);
    records.set(table, new Map(rows.map((row) => [String(row.id), row])));
    recordsChecked += rows.length;
  }
  const audited = new Set<string>();

  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY device_id, seq').iterate() as IterableIterator<AuditLogTable>;
  let rowsChecked = 0;
  let device: string | null = null;
  let expectedSeq = 1;
  let prev = AUDIT_GENESIS_HASH;
  const devices = new Set<string>();
  for (const stored of rows) {
    const row = idsAsText(stored);
    rowsChecked += 1;
    if (row.device_id !== device) {
      device = row.device_id;
      devices.add(device);
      expectedSeq = 1;
      prev = AUDIT_GENESIS_HASH;
    }
    const at = { deviceId: row.device_id, seq: row.seq, recordTable: row.record_table, recordId: row.record_id };
    const digest = hex(row.record_digest);
    const hash = hex(row.hash) ?? '';
    if (row.seq !== expectedSeq) {
      breaks.push({ ...at, problem: `audit rows ${expectedSeq}–${row.seq - 1} are missing before row ${row.seq} (deleted)` });
    } else if (auditRowHash(prev, { ...row, record_digest: digest }) !== hash) {
      // Each hash covers the one before it: a changed row, or an earlier row changed or replaced, breaks the link here.
      breaks.push({ ...at, problem: `row ${row.seq} (${row.action}) was changed after it was written, or the row before it was changed or replaced` });
    }
    if (row.record_table && row.record_id && digest) {
      audited.add(`${row.record_table}/${row.record_id}`);
      const record = records.get(row.record_table)?.get(row.record_id);
      if (!record) {
        breaks.push({ ...at, problem: `${row.record_table} record ${row.record_id}, created at row ${row.seq}, has been deleted` });
      } else if (recordDigest(row.record_table, record) !== digest) {
        breaks.push({ ...at, problem: `${row.record_table} record ${row.record_id} was changed after it was written (row ${row.seq})` });
      }
    }
    expectedSeq = row.seq + 1;
    prev = hash;
  }

  for (const [table, byId] of records) {
    for (const id of byId.keys()) {
      if (!audited.has(`${table}/${id}`)) {
        breaks.push({ deviceId: null, seq: null, recordTable: table, recordId: id, problem: `${table} record ${id} has no audit row (written around the audit trail)` });
      }
    }
  }

  return {
    ok: breaks.length === 0,
    rowsChecked,
    recordsChecked,
    devices: devices.size,
    firstBreak: breaks[0] ?? null,
    breakCount: breaks.length,
  };
}
