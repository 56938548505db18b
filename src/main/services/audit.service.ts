// The audit trail for administrators: verify the whole chain, and read the most recent rows with who did them.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import type { AuditRow, AuditVerificationView, listRecentAudit } from '../../shared/contract/audit.contract';
import { verifyAuditTrail } from '../data/audit.verify';
import type { ServiceContext } from './context';

export async function verifyAuditChain(ctx: ServiceContext): Promise<AuditVerificationView> {
  return { ...verifyAuditTrail(ctx.store.sqlite), checkedAt: ctx.clock.now().toISOString() };
}

export async function listRecentAuditRows(ctx: ServiceContext, input: ParsedRequestOf<typeof listRecentAudit>): Promise<AuditRow[]> {
  const rows = await ctx.store.read
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.device_id', 'audit_log.seq', 'audit_log.at', 'audit_log.user_id', 'audit_log.action', 'audit_log.record_table',
      'audit_log.record_id', 'audit_log.detail', 'audit_log.hash', 'users.display_name',
    ])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.seq', 'desc')
    .limit(input.limit)
    .execute();
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
