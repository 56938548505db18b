// The SQL a piece of work prepares on a store's connection, for query-plan tests. The store reuses prepared
// statements, so a statement shows up the first time the store prepares it (run the work on a fresh store).
import type BetterSqlite3 from 'better-sqlite3';

export async function statementsPrepared(sqlite: BetterSqlite3.Database, work: () => Promise<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    seen.add(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    await work();
  } finally {
    sqlite.prepare = prepare;
  }
  return [...seen];
}

/** EXPLAIN QUERY PLAN of a statement as Kysely wrote it; the plan does not depend on the values, so nulls stand in. */
export function queryPlan(sqlite: BetterSqlite3.Database, statement: string): string[] {
  const parameters = (statement.replace(/'[^']*'/g, '').match(/\?/g) ?? []).map(() => null);
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(...parameters) as { detail: string }[]).map((p) => p.detail);
}
