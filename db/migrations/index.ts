// Every migration, listed statically so bundling keeps them; numbered in steps of 10, applied in this order.
import type { Kysely } from 'kysely';
import * as m0010 from './0010_create_record';
import * as m0200 from './0200_users_and_audit';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { version: 10, name: 'create_record', up: m0010.up },
  { version: 200, name: 'users_and_audit', up: m0200.up },
];
