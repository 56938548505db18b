// The audit trail for administrators: verify the whole chain, and read the most recent rows with who did them.
import { sql } from 'kysely';
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import type { AuditRow, AuditVerificationView, listRecentAudit } from '../../shared/contract/audit.contract';
import { verifyAuditTrail } from '../data/audit.verify';
import type { ServiceContext } from './context';

export async function verifyAuditChain(ctx: ServiceContext): Promise<AuditVerificationView> {
  return { ...verifyAuditTrail(ctx.store.sqlite), checkedAt: ctx.clock.now().toISOString() };
}

/**
 * The newest rows: each device's last `limit` by its own sequence (a seek on the key, however long the trail), then
 * merged newest first by time. Ordering the whole trail by time would sort every row ever written.
 */
export async function listRecentAuditRows(ctx: ServiceContext, input: ParsedRequestOf<typeof listRecentAudit>): Promise<AuditRow[]> {
  const db = ctx.store.read;
  // The devices in the trail, one seek each (a skip scan over the key) rather than a DISTINCT over every row.
  const devices = await sql<{ id: string }>`
    WITH RECURSIVE device(id) AS (
      SELECT min(device_id) FROM audit_log
      UNION ALL SELECT (SELECT min(device_id) FROM audit_log WHERE device_id > device.id) FROM device WHERE device.id IS NOT NULL)
    SELECT id FROM device WHERE id IS NOT NULL`.execute(db);
  const perDevice = await Promise.all(
    devices.rows.map(({ id }) =>
      db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.user_id')
        .select([
          'audit_log.device_id', 'audit_log.seq', 'audit_log.at', 'audit_log.user_id', 'audit_log.action', 'audit_log.record_table',
          'audit_log.record_id', 'audit_log.detail', 'audit_log.hash', 'users.display_name',
        ])
        .where('audit_log.device_id', '=', id)
        .orderBy('audit_log.seq', 'desc')
        .limit(input.limit)
        .execute(),
    ),
  );
  const rows = perDevice
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq)
    .slice(0, input.limit);
  return rows.map((row) => ({
    deviceId: row.device_id,
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userName: row.display_name,
    action: row.action,
    recordTable: row.record_table,
    recordId: row.record_id,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    hash: row.hash.toString('hex'),
  }));
}
