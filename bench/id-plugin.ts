// The id plugin's cost per query (src/main/data/uuid-bytes.ts): transformQuery on typical query nodes, beside Kysely's own
// compile of the same node for scale, and transformResult on rows of entries. npx tsx bench/id-plugin.ts
import { Kysely, sql, SqliteDialect, type QueryId, type RootOperationNode } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../src/main/data/schema';
import { IdBytesPlugin, idToBytes } from '../src/main/data/uuid-bytes';

const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: {} as never }) });
const id = () => uuidv7();
const twelve = Array.from({ length: 12 }, id);
const queries: Record<string, RootOperationNode> = {
  'insert entry (11 cols)': db.insertInto('entries').values({ id: id(), kind: 'vitals', clinic_id: id(), device_id: id(), patient_id: id(), session_id: id(), author_user_id: id(), recorded_at: 'x', created_at: 'x', supersedes_id: null, payload: '{}' }).toOperationNode(),
  'select by id': db.selectFrom('patients').selectAll().where('id', '=', id()).toOperationNode(),
  'sessions where id in (12)': db.selectFrom('sessions').selectAll().where('id', 'in', twelve).toOperationNode(),
  'catch-up or/and x12': db.selectFrom('entries').select(['id', 'kind', 'session_id', 'payload']).select(sql<number>`rowid`.as('seq'))
    .where((eb) => eb.or(twelve.map((s) => eb.and([eb('session_id', '=', s), eb(sql<number>`rowid`, '>', 5)])))).orderBy(sql`rowid`).toOperationNode(),
  'board (not exists subquery)': db.selectFrom('sessions').select('id').where('planned_start', '>=', 'a').where('planned_start', '<=', 'b')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('entries').select('entries.session_id').whereRef('entries.session_id', '=', 'sessions.id').where('kind', 'in', ['a', 'b'])))).toOperationNode(),
  'settings (no ids)': db.selectFrom('setting_changes').select(['key', 'value']).where('key', '>=', 'print.').orderBy('created_at').toOperationNode(),
};
const plugin = new IdBytesPlugin();
plugin.active = true;
const queryId = { queryId: 'q' } as QueryId;
const N = 100_000;
for (const [name, node] of Object.entries(queries)) {
  for (let i = 0; i < 5000; i += 1) plugin.transformQuery({ node, queryId });
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i += 1) plugin.transformQuery({ node, queryId });
  const us = Number(process.hrtime.bigint() - t0) / 1000 / N;
  // The compile alone, for scale.
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < N / 10; i += 1) db.getExecutor().compileQuery(node, queryId);
  const compile = Number(process.hrtime.bigint() - t1) / 1000 / (N / 10);
  console.log(`${name.padEnd(30)} transformQuery ${us.toFixed(2)} µs   (Kysely's compile of it: ${compile.toFixed(2)} µs)`);
}
const rowOf = () => ({ id: idToBytes(id()), kind: 'vitals', clinic_id: idToBytes(id()), device_id: idToBytes(id()), patient_id: idToBytes(id()), session_id: idToBytes(id()), author_user_id: idToBytes(id()), recorded_at: 'x', created_at: 'x', supersedes_id: null, payload: '{"systolic":120}' });
for (const rows of [1, 30, 300]) {
  const M = Math.round(300_000 / rows);
  const template = Array.from({ length: rows }, rowOf);
  const copies = () => ({ rows: template.map((r) => ({ ...r })) });
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < M; i += 1) copies();
  const copy = Number(process.hrtime.bigint() - t0) / 1000 / M;
  t0 = process.hrtime.bigint();
  for (let i = 0; i < M; i += 1) void plugin.transformResult({ result: copies(), queryId });
  const us = Number(process.hrtime.bigint() - t0) / 1000 / M - copy;
  console.log(`transformResult ${String(rows).padStart(3)} entry rows (6 ids each): ${us.toFixed(2)} µs (${(us / rows).toFixed(3)} µs a row)`);
}
