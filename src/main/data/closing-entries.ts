// The entries that close a session, as the WHERE term of the partial index entries_closing_by_session
// (db/migrations/0400). SQLite uses a partial index only in a query that repeats its term with the values written
// out (a bound parameter does not count), so the reads that ask "closed?" or "cancelled?" use this.
import { sql, type SqlBool } from 'kysely';

/** `entries.kind IN ('discharged', 'signed', 'session_cancelled')`, literally. */
export const isClosingEntry = sql<SqlBool>`entries.kind IN ('discharged', 'signed', 'session_cancelled')`;
