// Every migration, listed statically so bundling keeps them; numbered in steps of 10, applied in this order.
import type { Kysely } from 'kysely';
import * as m0010 from './0010_create_record';
import * as m0100 from './0100_clinic_settings';
import * as m0110 from './0110_sessions_by_planned_start';
import * as m0200 from './0200_users_and_audit';
import * as m0210 from './0210_audit_setting_changes';
import * as m0300 from './0300_compact_audit_and_indexes';
import * as m0400 from './0400_closing_entries_by_session';
import * as m0500 from './0500_ids_as_bytes';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { version: 10, name: 'create_record', up: m0010.up },
  { version: 100, name: 'clinic_settings', up: m0100.up },
  { version: 110, name: 'sessions_by_planned_start', up: m0110.up },
  { version: 200, name: 'users_and_audit', up: m0200.up },
  { version: 210, name: 'audit_setting_changes', up: m0210.up },
  { version: 300, name: 'compact_audit_and_indexes', up: m0300.up },
  { version: 400, name: 'closing_entries_by_session', up: m0400.up },
  { version: 500, name: 'ids_as_bytes', up: m0500.up },
];
