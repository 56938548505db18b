// The audit trail, for administrators: verify the whole hash chain (naming the first broken link), read recent rows.
import { z } from 'zod';
import { channel } from './envelope';
import { instantSchema } from './common';

export const auditBreakSchema = z.object({
  deviceId: z.string().nullable(),
  seq: z.number().int().nullable().describe('the audit row where the chain breaks; null for a record with no audit row'),
  recordTable: z.string().nullable(),
  recordId: z.string().nullable(),
  problem: z.string(),
});

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  recordsChecked: z.number().int(),
  devices: z.number().int(),
  firstBreak: auditBreakSchema.nullable(),
  breakCount: z.number().int(),
  checkedAt: instantSchema,
});
export type AuditVerificationView = z.infer<typeof auditVerificationSchema>;

export const auditRowSchema = z.object({
  deviceId: z.string(),
  seq: z.number().int(),
  at: instantSchema,
  userId: z.string(),
  userName: z.string().nullable(),
  action: z.string(),
  recordTable: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

export const verifyAudit = channel('audit:verify', z.strictObject({}), auditVerificationSchema, [], { roles: ['administrator'] });

export const listRecentAudit = channel(
  'audit:list-recent',
  z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
  z.array(auditRowSchema),
  [],
  { roles: ['administrator'] },
);
