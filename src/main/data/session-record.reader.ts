// Loads everything a session's chart is folded from, in write order (rowid), on a read or write handle.
import { format } from 'date-fns';
import { sql, type Kysely, type Selectable } from 'kysely';
import { LRUCache } from 'lru-cache';
import { entryPayloadSchemas, type EntryKind } from '../../shared/domain/entries';
import type { AnyEntry, EntryOf, SessionRecord } from '../../shared/domain/session-record';
import type { Route } from '../../shared/domain/session-types';
import { querySeries, type SeriesItem } from './series.reader';
import { readSettings } from './settings.reader';
import type { Database, EntriesTable, SessionsTable } from './schema';
import { idText } from './uuid-bytes';

type Row = Pick<EntriesTable, 'id' | 'kind' | 'recorded_at' | 'created_at' | 'author_user_id' | 'supersedes_id' | 'payload'> & { seq: number };

/** The columns an entry is folded from (the who/where columns stay in the file); ids come as text from SQLite. */
const FOLDED_COLUMNS = [
  idText('entries.id').as('id'),
  'kind',
  'recorded_at',
  'created_at',
  idText('entries.author_user_id').as('author_user_id'),
  idText<string | null>('entries.supersedes_id').as('supersedes_id'),
  'payload',
] as const;
const SESSION_ID = idText<string | null>('entries.session_id').as('session_id');
const PATIENT_ID = idText('entries.patient_id').as('patient_id');

/**
 * A row as a typed entry, its payload checked against its kind's schema. Frozen: the handle's kept sessions share it
 * with every chart, board and history read (a written entry never changes).
 */
export function toAnyEntry(row: Row): AnyEntry {
  const kind = row.kind as EntryKind;
  const schema = entryPayloadSchemas[kind];
  if (!schema) throw new Error(`Entry ${row.id} has an unknown kind "${row.kind}".`);
  return deepFreeze({
    id: row.id,
    kind,
    recordedAt: row.recorded_at,
    createdAt: row.created_at,
    authorUserId: row.author_user_id,
    supersedesId: row.supersedes_id,
    seq: row.seq,
    payload: schema.parse(JSON.parse(row.payload)),
  } as AnyEntry);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key in value) {
    const inner: unknown = value[key];
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value);
}

export interface LoadOptions {
  /** The clinic's settings, when the caller has already read them. */
  readonly settings?: SessionRecord['settings'];
  /**
   * Inside a write transaction: the store's read handle, whose kept records (committed rows only) are copied in as a
   * start, so the checks before a write fetch only what was written since. Nothing read here is kept for later.
   */
  readonly startFrom?: Kysely<Database>;
}

/** The session's record, or null when there is no such session. */
export async function loadSessionRecord(db: Kysely<Database>, sessionId: string, options: LoadOptions = {}): Promise<SessionRecord | null> {
  return (await loadSessionRecords(db, [sessionId], options)).get(sessionId) ?? null;
}

/** A session's parts that never change once written, and its entries so far in write order. */
interface KnownSession {
  readonly session: SessionRecord['session'];
  readonly patient: SessionRecord['patient'];
  readonly sessionDate: string;
  readonly entries: AnyEntry[];
  /** The rowid of the last entry read; a later entry always has a higher one (nothing is ever deleted). */
  seenSeq: number;
}

interface KnownProfile {
  entry: EntryOf<'patient_profile'> | null;
  seenSeq: number;
}

/**
 * What earlier reads on the same handle already brought in, so a read fetches only entries written since. Keyed by
 * the Kysely handle: the store's read handle lives as long as the open file (a restore opens a new one), and reads on
 * it wait for any write transaction to end, so only committed rows ever get in. A write transaction's handle is new
 * each time, so what it reads (its own uncommitted rows included) is never kept beyond it.
 */
interface KnownRecords {
  readonly sessions: Kept<KnownSession>;
  readonly profiles: Kept<KnownProfile>;
  /** Each patient's series (store's read handle only; a write transaction asks the file). */
  readonly series: Kept<readonly SeriesItem[]>;
  /**
   * On the store's read handle: everything kept holds all its rows up to these rowids, so a read brings it up to date
   * with one range over the rows written since (a board poll reads what was charted since the last poll, not twelve
   * sessions' worth of seeks). Null until the first read.
   */
  marks: Marks | null;
  /** The settings in force as of `mark` (the newest setting change's rowid): re-read only when one is added. */
  settings: { readonly mark: number; readonly values: SessionRecord['settings'] } | null;
}
/** The newest rowid of each growing table the kept records follow (0 for an empty table). */
interface Marks {
  readonly entries: number;
  readonly sessions: number;
  readonly settings: number;
}
interface Kept<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): unknown;
  clear(): void;
}
const knownByHandle = new WeakMap<object, KnownRecords>();
const SESSIONS_KEPT = 500;
/** Rows written since the last read beyond which the kept records are dropped rather than brought up to date. */
const CATCH_UP_AT_MOST = 5_000;

/**
 * A long-lived handle keeps the most recently read sessions; a write transaction's handle (`startFrom` given) lives
 * for one write, so a plain Map does (allocating a bounded cache there cost more than the write's own reads).
 */
function knownFor(db: Kysely<Database>, shortLived: boolean): KnownRecords {
  let known = knownByHandle.get(db);
  if (!known) {
    known = shortLived
      ? { sessions: new Map(), profiles: new Map(), series: new Map(), marks: null, settings: null }
      : {
          sessions: new LRUCache({ max: SESSIONS_KEPT }),
          profiles: new LRUCache({ max: SESSIONS_KEPT }),
          series: new LRUCache({ max: SESSIONS_KEPT }),
          marks: null,
          settings: null,
        };
    knownByHandle.set(db, known);
  }
  return known;
}

/**
 * Several sessions' records in a fixed number of queries (not a handful per session), for the room board and a
 * patient's history: the sessions, their patients, their entries in write order, each patient's latest profile and
 * series, and the settings once. Entries already read on this handle are not fetched or parsed again.
 */
export async function loadSessionRecords(db: Kysely<Database>, sessionIds: readonly string[], options: LoadOptions = {}): Promise<Map<string, SessionRecord>> {
  return collectRecords(db, sessionIds, options);
}

/**
 * All of one patient's sessions (their history): the session rows come from one index range, and the series is
 * worked out from the entries just read instead of being asked for again.
 */
export async function loadPatientSessionRecords(db: Kysely<Database>, patientId: string, options: LoadOptions = {}): Promise<Map<string, SessionRecord>> {
  const sessionRows = await db.selectFrom('sessions').selectAll().where('patient_id', '=', patientId).execute();
  return collectRecords(db, sessionRows.map((s) => s.id), options, { sessionRows, wholeSeriesOf: patientId });
}

interface Prefetched {
  /** Rows of (at least) the sessions asked for, already read. */
  readonly sessionRows: readonly Selectable<SessionsTable>[];
  /** Every session of this patient is among those asked for. */
  readonly wholeSeriesOf: string;
}

/**
 * Reads on one handle take turns: a read is several queries, and another read's catch-up could otherwise move the
 * marks past rows this one is still adding to what the handle keeps.
 */
const turns = new WeakMap<object, Promise<unknown>>();
function inTurn<T>(handle: object, work: () => Promise<T>): Promise<T> {
  const run = (turns.get(handle) ?? Promise.resolve()).then(work);
  turns.set(handle, run.catch(() => undefined));
  return run;
}

async function collectRecords(db: Kysely<Database>, sessionIds: readonly string[], options: LoadOptions, prefetched?: Prefetched) {
  if (sessionIds.length === 0) return new Map<string, SessionRecord>();
  // A write transaction's handle is used by one write; the read handle's kept records are shared, so reads take turns.
  if (options.startFrom) return collect(db, sessionIds, options, prefetched);
  return inTurn(db, () => collect(db, sessionIds, options, prefetched));
}

async function collect(
  db: Kysely<Database>,
  sessionIds: readonly string[],
  { settings, startFrom }: LoadOptions,
  prefetched?: Prefetched,
): Promise<Map<string, SessionRecord>> {
  const records = new Map<string, SessionRecord>();
  const shortLived = startFrom !== undefined;
  const start = startFrom ? knownByHandle.get(startFrom) : undefined;
  if (start && !prefetched) {
    const unchanged = await keptIfUnchanged(db, start, sessionIds, settings);
    if (unchanged) return unchanged;
  }
  const known = knownFor(db, shortLived);
  if (!shortLived) await catchUpKept(db, known);
  // Held here, not looked up again: the kept set may drop old sessions while a big read is under way.
  const held = new Map<string, KnownSession>();
  /** Kept on this (read) handle and so already up to date. */
  const current = new Set<string>();
  for (const id of new Set(sessionIds)) {
    const k = known.sessions.get(id);
    const copied = start?.sessions.get(id);
    if (k && !shortLived) current.add(id);
    if (k) held.set(id, k);
    else if (copied) held.set(id, { ...copied, entries: [...copied.entries] }); // a copy: this read's rows stay here
  }
  const unknownIds = [...new Set(sessionIds)].filter((id) => !held.has(id));
  if (unknownIds.length > 0) {
    const sessions = prefetched
      ? prefetched.sessionRows.filter((row) => unknownIds.includes(row.id))
      : await db.selectFrom('sessions').selectAll().where('id', 'in', unknownIds).execute();
    const patientIds = [...new Set(sessions.map((s) => s.patient_id))];
    const patients = new Map(
      patientIds.length === 0 ? [] : (await db.selectFrom('patients').selectAll().where('id', 'in', patientIds).execute()).map((p) => [p.id, p]),
    );
    for (const session of sessions) {
      const patient = patients.get(session.patient_id)!;
      held.set(session.id, {
        session: { id: session.id, patientId: session.patient_id, route: session.route as Route, plannedStart: session.planned_start, openedAt: session.created_at },
        patient: { id: patient.id, familyName: patient.family_name, givenName: patient.given_name, dateOfBirth: patient.date_of_birth, mrn: patient.mrn },
        // The clinic's calendar date of the planned start: this workstation's time zone is the clinic's.
        sessionDate: format(new Date(session.planned_start), 'yyyy-MM-dd'),
        entries: [],
        seenSeq: 0,
      });
    }
  }
  const present = sessionIds.flatMap((id) => {
    const k = held.get(id);
    return k ? [k] : [];
  });
  if (present.length === 0) return records;

  // Each other session's entries written since it was last read (all of them for one never read), one seek each.
  const stale = [...held.values()].filter((k) => !current.has(k.session.id));
  if (stale.length > 0) {
    const rows = await db
      .selectFrom('entries')
      .select([...FOLDED_COLUMNS, SESSION_ID])
      .select(sql<number>`rowid`.as('seq'))
      .where((eb) => eb.or(stale.map((k) => eb.and([eb('session_id', '=', k.session.id), eb(sql<number>`rowid`, '>', k.seenSeq)]))))
      .orderBy(sql`rowid`)
      .execute();
    for (const row of rows) append(held.get(row.session_id!)!, row);
  }
  // Kept only once complete: a kept session is up to date by definition.
  for (const k of held.values()) known.sessions.set(k.session.id, k);

  const patientIds = [...new Set(present.map((k) => k.patient.id))];
  const profiles = await latestProfiles(db, known, patientIds, start, shortLived);
  const series = prefetched ? seriesFromEntries(prefetched.wholeSeriesOf, present) : await seriesOf(db, known, patientIds, shortLived);
  const values = settings ?? (shortLived ? (await readSettings(db)).values : await keptSettings(db, known));
  for (const k of present) {
    records.set(k.session.id, {
      session: k.session,
      patient: k.patient,
      profile: profiles.get(k.patient.id) ?? null,
      entries: [...k.entries],
      series: series.get(k.patient.id) ?? [],
      settings: values,
      sessionDate: k.sessionDate,
    });
  }
  return records;
}

/**
 * Inside a write transaction: when nothing at all was written since the read handle last caught up (the usual case:
 * the screen re-read its chart after the last save), the read handle's kept records are exactly what the file holds,
 * so the checks before the write need one query instead of a seek per part. Null when anything is missing or newer.
 */
async function keptIfUnchanged(
  db: Kysely<Database>,
  start: KnownRecords,
  sessionIds: readonly string[],
  settings: SessionRecord['settings'] | undefined,
): Promise<Map<string, SessionRecord> | null> {
  const seen = start.marks;
  const values = settings ?? start.settings?.values;
  if (!seen || !values || (!settings && start.settings?.mark !== seen.settings)) return null;
  const records = new Map<string, SessionRecord>();
  for (const id of sessionIds) {
    const k = start.sessions.get(id);
    const profile = k && start.profiles.get(k.patient.id);
    const series = k && start.series.get(k.patient.id);
    if (!k || !profile || !series) return null;
    records.set(id, { session: k.session, patient: k.patient, profile: profile.entry, entries: [...k.entries], series, settings: values, sessionDate: k.sessionDate });
  }
  const now = await currentMarks(db);
  return now.entries === seen.entries && now.sessions === seen.sessions && now.settings === seen.settings ? records : null;
}

/** The settings in force, as the store's read handle keeps them (read again only after a change is written). */
export function settingsInForce(db: Kysely<Database>): Promise<SessionRecord['settings']> {
  return inTurn(db, async () => {
    const known = knownFor(db, false);
    await catchUpKept(db, known);
    return keptSettings(db, known);
  });
}

/** The newest rowids, in one statement (one snapshot: the sessions' mark is never ahead of the entries'). */
async function currentMarks(db: Kysely<Database>): Promise<Marks> {
  const { rows } = await sql<Marks>`SELECT coalesce((SELECT max(rowid) FROM entries), 0) AS entries,
    coalesce((SELECT max(rowid) FROM sessions), 0) AS sessions,
    coalesce((SELECT max(rowid) FROM setting_changes), 0) AS settings`.execute(db);
  return rows[0];
}

/** The settings in force, re-read only when a change was written since they were last read on this handle. */
async function keptSettings(db: Kysely<Database>, known: KnownRecords): Promise<SessionRecord['settings']> {
  const mark = known.marks?.settings ?? -1;
  if (known.settings && known.settings.mark === mark) return known.settings.values;
  const { values } = await readSettings(db);
  known.settings = { mark, values };
  return values;
}

/** The same from the entries already read, when every session of the patient is among them. */
function seriesFromEntries(patientId: string, sessions: readonly KnownSession[]): Map<string, readonly SeriesItem[]> {
  const items = sessions.map((k) => ({
    id: k.session.id,
    plannedStart: k.session.plannedStart,
    cancelled: k.entries.some((e) => e.kind === 'session_cancelled'),
  }));
  return new Map([[patientId, items]]);
}

/** Each patient's series: kept ones as caught up, the others (and all of them in a write transaction) asked of the file. */
async function seriesOf(db: Kysely<Database>, known: KnownRecords, patientIds: readonly string[], shortLived: boolean) {
  if (shortLived) return querySeries(db, patientIds);
  const missing = patientIds.filter((id) => !known.series.get(id));
  const fresh = await querySeries(db, missing);
  for (const id of missing) known.series.set(id, fresh.get(id) ?? []);
  return new Map(patientIds.map((id) => [id, known.series.get(id) ?? []]));
}

/** Each patient's latest profile entry (patient-level, so on its own small index), fetching only newer ones. */
async function latestProfiles(db: Kysely<Database>, known: KnownRecords, patientIds: readonly string[], start: KnownRecords | undefined, shortLived: boolean) {
  const current = new Set<string>();
  const held = new Map(
    patientIds.map((id) => {
      const kept = known.profiles.get(id);
      if (kept && !shortLived) current.add(id);
      const copied = start?.profiles.get(id);
      return [id, kept ?? (copied ? { ...copied } : { entry: null, seenSeq: 0 })];
    }),
  );
  const stale = [...held].filter(([id]) => !current.has(id));
  if (stale.length > 0) {
    const rows = await db
      .selectFrom('entries')
      .select([...FOLDED_COLUMNS, PATIENT_ID])
      .select(sql<number>`rowid`.as('seq'))
      // Each term whole (patient, patient-level, kind, newer) so each is one seek on the partial index.
      .where((eb) =>
        eb.or(
          stale.map(([id, k]) =>
            eb.and([eb('patient_id', '=', id), eb('session_id', 'is', null), eb('kind', '=', 'patient_profile'), eb(sql<number>`rowid`, '>', k.seenSeq)]),
          ),
        ),
      )
      .orderBy(sql`rowid`)
      .execute();
    for (const row of rows) takeProfile(held.get(row.patient_id)!, row);
  }
  for (const [id, k] of held) known.profiles.set(id, k);
  return new Map([...held].map(([id, k]) => [id, k.entry]));
}

/** A row of the session, in write order; one already taken (a range read twice) is skipped. */
function append(k: KnownSession, row: Row): void {
  if (row.seq <= k.seenSeq) return;
  k.entries.push(toAnyEntry(row));
  k.seenSeq = row.seq;
}

/** The latest profile wins. */
function takeProfile(k: KnownProfile, row: Row): void {
  if (row.seq <= k.seenSeq) return;
  k.entry = toAnyEntry(row) as EntryOf<'patient_profile'>;
  k.seenSeq = row.seq;
}

/**
 * Brings what the read handle keeps up to the newest rows: one rowid range over the entries written since the last
 * read (rows of sessions and patients not kept are passed over; they are read whole when asked for), and the sessions
 * opened since, for the kept series. Both marks come from one snapshot, so a session and its cancellation are news
 * together or not at all.
 */
async function catchUpKept(db: Kysely<Database>, known: KnownRecords): Promise<void> {
  const marks = await currentMarks(db);
  const seen = known.marks;
  if (seen && marks.entries - seen.entries > CATCH_UP_AT_MOST) {
    // More was written than a day of charting (an import, say): starting afresh costs less than reading it all.
    known.sessions.clear();
    known.profiles.clear();
    known.series.clear();
  } else if (seen) {
    await bringUpTo(db, known, seen, marks);
  }
  // Only now: a write's checks trust what is kept as of the marks (keptIfUnchanged), and a write may run while this
  // catch-up waits for the connection, so the marks never run ahead of what is kept.
  known.marks = marks;
}

async function bringUpTo(db: Kysely<Database>, known: KnownRecords, seen: Marks, marks: Marks): Promise<void> {
  if (marks.sessions > seen.sessions) {
    const opened = await db
      .selectFrom('sessions')
      .select(['id', 'patient_id', 'planned_start'])
      .where(sql<number>`rowid`, '>', seen.sessions)
      .where(sql<number>`rowid`, '<=', marks.sessions)
      .execute();
    for (const s of opened) {
      const list = known.series.get(s.patient_id);
      if (list && !list.some((item) => item.id === s.id)) {
        known.series.set(s.patient_id, [...list, { id: s.id, plannedStart: s.planned_start, cancelled: false }]);
      }
    }
  }
  if (marks.entries === seen.entries) return;
  const rows = await db
    .selectFrom('entries')
    .select([...FOLDED_COLUMNS, SESSION_ID, PATIENT_ID])
    .select(sql<number>`rowid`.as('seq'))
    .where(sql<number>`rowid`, '>', seen.entries)
    .where(sql<number>`rowid`, '<=', marks.entries)
    .orderBy(sql`rowid`)
    .execute();
  for (const row of rows) {
    if (row.session_id) {
      const k = known.sessions.get(row.session_id);
      if (k) append(k, row);
      const list = row.kind === 'session_cancelled' ? known.series.get(row.patient_id) : undefined;
      if (list) known.series.set(row.patient_id, list.map((item) => (item.id === row.session_id ? { ...item, cancelled: true } : item)));
    } else if (row.kind === 'patient_profile') {
      const k = known.profiles.get(row.patient_id);
      if (k) takeProfile(k, row);
    }
  }
}
