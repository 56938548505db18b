// A synthetic clinic for the bench: 12 chairs, 6 sessions a chair a day, each patient a series of six acute sessions
// then monthly maintenance, each session charted the way a nurse would (check-in to sign-off, vitals every 5 min).
// Rows go in by direct batched inserts with their audit rows chained here in the same way the triggers chain them
// (the triggers are set aside while building and put back after), so ten years build in minutes, not hours.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { AUDIT_GENESIS_HASH } from '../src/main/data/audit.functions';
import { auditRowHash, recordDigest } from '../src/main/data/audit.verify';
import { idToBytes } from '../src/main/data/uuid-bytes';
import { seededRandom } from '../test/durability/crash-harness';
import { startTestCore } from '../test/support/core';

export const CHAIRS = 12;
export const SESSIONS_PER_CHAIR_PER_DAY = 6;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST_START_MIN = 7 * 60;
const SLOT_MIN = 105;

export interface ClinicSummary {
  readonly days: number;
  readonly patients: number;
  readonly sessions: number;
  readonly entries: number;
  readonly seconds: number;
}

const familyNames = ['Okafor', 'Nguyen', 'Smith', 'García', 'Kowalski', 'Haddad', 'Ivanova', 'Müller', 'Tanaka', 'Ó Briain', 'Patel', 'Johansson'];
const givenNames = ['Ada', 'Ben', 'Chloé', 'Dev', 'Emil', 'Fatima', 'Grace', 'Hiro', 'Ines', 'Jon', 'Kai', 'Lena'];

/** The entries of one session, in clinical order: [kind, minutes after the planned start, payload]. */
function sessionEntries(chair: number, kg: number, random: () => number, nurseName: string): [string, number, unknown][] {
  const totalMg = Math.round(kg * 0.5 * 10) / 10;
  const vitals = (n: number) => ({
    systolic: 115 + Math.floor(random() * 30),
    diastolic: 70 + Math.floor(random() * 15),
    heartRate: 62 + Math.floor(random() * 30),
    spo2: 95 + Math.floor(random() * 5),
    respiratoryRate: 12 + Math.floor(random() * 6),
    ...(n === 0 ? { temperatureC: 36.6 } : {}),
  });
  const out: [string, number, unknown][] = [
    ['chair_assigned', -15, { chair }],
    ['session_planned', -15, { indication: 'depression', orderingPhysician: 'Dr Paul Physician' }],
    [
      'check_in',
      -10,
      {
        weight: { entered: { value: kg, unit: 'kg' }, kg },
        lastSolidFoodAt: null,
        lastClearLiquidAt: null,
        escort: { name: 'Sam Escort', phone: '+1 555 0100' },
        medicationsToday: [{ name: 'sertraline', dailyDoseMg: 100 }],
      },
    ],
    ['vitals', -5, vitals(0)],
    ['screening', -4, { items: [], canStart: true }],
    [
      'dose',
      -2,
      {
        route: 'iv',
        weightBasis: 'actual',
        actualWeightKg: kg,
        idealWeightKg: null,
        dosingWeightKg: kg,
        mgPerKg: 0.5,
        totalMg,
        concentrationMgPerMl: 1,
        volumeMl: totalMg,
        plannedRunMinutes: 40,
        pumpRateMlPerH: Math.round((totalMg / 40) * 60 * 10) / 10,
        intranasalDevices: null,
        drug: { name: 'ketamine', lot: 'K2291A', expiry: '2027-06-30', vialStrengthMgPerMl: 50, vialVolumeMl: 10 },
      },
    ],
    ['infusion_started', 0, {}],
  ];
  for (let m = 5; m <= 40; m += 5) out.push(['vitals', m, vitals(m)]);
  out.push(
    ['dissociation', 15, { rating: 2, note: null, cadss6: null, cadss6Total: null }],
    ['dissociation', 30, { rating: 1, note: null, cadss6: null, cadss6Total: null }],
    ['sedation', 20, { scale: 'moaas', score: 4, note: null }],
    ['infusion_stopped', 40, { endReason: 'completed', reason: null, runMinutes: 40 }],
    ['drug_use', 41, { givenMg: totalMg, wastedMg: 500 - totalMg, witnessUserId: null, witnessName: null }],
    ['rest_started', 41, {}],
    ['vitals', 55, vitals(55)],
    ['emergence', 55, { description: 'Calm, oriented, mild nausea settled', actionsTaken: 'Reassurance' }],
    ['discharge_assessment', 70, { scale: 'aldrete', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, spo2: 2 }, total: 10, minScore: 9, passes: true }],
    ['escort_confirmed', 72, { name: 'Sam Escort', matchesCheckIn: true }],
    ['discharged', 75, { readyToLeaveAt: null, nextAppointment: null, earliestDischargeAt: null, benzodiazepineEarliestResumeAt: null, earlyOverride: null }],
    ['signed', 80, { meaning: 'I attest this record is accurate and complete.', signerName: nurseName }],
  );
  return out;
}

/** Builds `years` of clinic into dataDir (a new folder), ending the day before `until`. */
export async function buildSyntheticClinic(options: { dataDir: string; years: number; until: string; seed?: number; log?: (line: string) => void }): Promise<ClinicSummary> {
  const started = performance.now();
  const tc = await startTestCore({ dataDir: options.dataDir, start: options.until });
  const nurse = tc.users.nurse;
  const sqlite = tc.core.store.sqlite;
  const { clinicId, deviceId } = tc.core.workstation;
  // Rows go in as the file keeps them (ids as 16 bytes, 0500_ids_as_bytes); digests and hashes are made from the text.
  const clinicBytes = idToBytes(clinicId);
  const deviceBytes = idToBytes(deviceId);
  const nurseBytes = idToBytes(nurse.userId);
  const random = seededRandom(options.seed ?? 42); // deterministic: two runs build the same clinic
  // Building a fixture, not charting: a crash here loses nothing of value, so skip the per-commit fsync.
  sqlite.pragma('synchronous = OFF');

  const insertPatient = sqlite.prepare(
    `INSERT INTO patients (id, clinic_id, device_id, author_user_id, created_at, family_name, given_name, date_of_birth, mrn)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = sqlite.prepare(
    `INSERT INTO sessions (id, clinic_id, device_id, patient_id, author_user_id, created_at, route, planned_start)
     VALUES (?, ?, ?, ?, ?, ?, 'iv', ?)`,
  );
  const sessionColumns = (sqlite.prepare(`SELECT name FROM pragma_table_info('sessions')`).pluck().all() as string[]);
  if (sessionColumns.some((c) => !['id', 'clinic_id', 'device_id', 'patient_id', 'author_user_id', 'created_at', 'route', 'planned_start'].includes(c))) {
    options.log?.(`note: sessions has more columns now (${sessionColumns.join(', ')}); the generator fills the first ones only`);
  }
  // The audit triggers would chain one row at a time through SQL; the same chain is made here, in bulk.
  const auditTriggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('patients_audit_insert', 'sessions_audit_insert', 'entries_audit_insert')`)
    .all() as { name: string; sql: string }[];
  for (const trigger of auditTriggers) sqlite.exec(`DROP TRIGGER ${trigger.name}`);
  const head = sqlite.prepare(`SELECT seq, hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1`).get(deviceBytes) as
    | { seq: number; hash: Buffer }
    | undefined;
  let seq = head?.seq ?? 0;
  let prev = head ? head.hash.toString('hex') : AUDIT_GENESIS_HASH;
  const insertAudit = sqlite.prepare(
    `INSERT INTO audit_log (device_id, seq, at, user_id, action, record_table, record_id, record_digest, detail, hash)
     VALUES (@device_id, @seq, @at, @user_id, @action, @record_table, @record_id, unhex(@record_digest), @detail, unhex(@hash))`,
  );
  const audit = (table: string, row: Record<string, unknown>) => {
    seq += 1;
    const auditRow = {
      device_id: deviceId,
      seq,
      at: row.created_at as string,
      user_id: row.author_user_id as string,
      action: 'create',
      record_table: table,
      record_id: row.id as string,
      record_digest: recordDigest(table, row),
      detail: null,
    };
    prev = auditRowHash(prev, auditRow);
    insertAudit.run({ ...auditRow, device_id: deviceBytes, user_id: idToBytes(auditRow.user_id), record_id: idToBytes(auditRow.record_id), hash: prev });
  };
  const insertEntry = sqlite.prepare(
    `INSERT INTO entries (id, kind, clinic_id, device_id, patient_id, session_id, author_user_id, recorded_at, created_at, supersedes_id, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );

  const until = new Date(options.until).getTime();
  const days = Math.round(options.years * 365);
  const firstDay = Math.floor(until / DAY) * DAY - days * DAY;
  const due = new Map<number, { id: string; kg: number }[]>();
  const book = (day: number, patient: { id: string; kg: number }) => {
    const list = due.get(day) ?? [];
    list.push(patient);
    due.set(day, list);
  };
  let patients = 0;
  let sessions = 0;
  let entries = 0;
  const slots = CHAIRS * SESSIONS_PER_CHAIR_PER_DAY;

  const buildDay = sqlite.transaction((day: number) => {
    const dayStart = firstDay + day * DAY;
    const today = due.get(day) ?? [];
    due.delete(day);
    // Overflow (more due than chairs) moves to tomorrow, as a front desk would.
    for (const late of today.splice(slots)) book(day + 1, late);
    while (today.length < slots) {
      const id = uuidv7();
      const kg = 50 + Math.floor(random() * 60);
      const registered = new Date(dayStart + 6 * 60 * MINUTE).toISOString();
      const patientRow = {
        id,
        clinic_id: clinicId,
        device_id: deviceId,
        author_user_id: nurse.userId,
        created_at: registered,
        family_name: familyNames[patients % 12],
        given_name: givenNames[(patients * 7) % 12],
        date_of_birth: `19${50 + Math.floor(random() * 50)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        mrn: `MRN-${patients + 1}`,
      };
      insertPatient.run(idToBytes(id), clinicBytes, deviceBytes, nurseBytes, ...Object.values(patientRow).slice(4));
      audit('patients', patientRow);
      patients += 1;
      const patient = { id, kg };
      today.push(patient);
      // The acute series (days 0, 2, 4, 7, 9, 11 in all), then monthly maintenance for 3 to 12 months.
      for (const offset of [2, 4, 7, 9, 11]) book(day + offset, patient);
      const maintenance = 3 + Math.floor(random() * 10);
      for (let m = 1; m <= maintenance; m += 1) book(day + 11 + 28 * m, patient);
    }
    today.forEach((patient, slot) => {
      const chair = 1 + (slot % CHAIRS);
      const start = dayStart + (FIRST_START_MIN + SLOT_MIN * Math.floor(slot / CHAIRS)) * MINUTE;
      const sessionId = uuidv7();
      const sessionRow = {
        id: sessionId,
        clinic_id: clinicId,
        device_id: deviceId,
        patient_id: patient.id,
        author_user_id: nurse.userId,
        created_at: new Date(start - 20 * MINUTE).toISOString(),
        route: 'iv',
        planned_start: new Date(start).toISOString(),
      };
      const sessionBytes = idToBytes(sessionId);
      insertSession.run(sessionBytes, clinicBytes, deviceBytes, idToBytes(patient.id), nurseBytes, sessionRow.created_at, sessionRow.planned_start);
      audit('sessions', sessionRow);
      sessions += 1;
      for (const [kind, minutes, payload] of sessionEntries(chair, patient.kg, random, nurse.displayName)) {
        const at = new Date(start + minutes * MINUTE).toISOString();
        const entryRow = {
          id: uuidv7(),
          kind,
          clinic_id: clinicId,
          device_id: deviceId,
          patient_id: patient.id,
          session_id: sessionId,
          author_user_id: nurse.userId,
          recorded_at: at,
          created_at: at,
          supersedes_id: null,
          payload: JSON.stringify(payload),
        };
        insertEntry.run(idToBytes(entryRow.id), kind, clinicBytes, deviceBytes, idToBytes(patient.id), sessionBytes, nurseBytes, at, at, entryRow.payload);
        audit('entries', entryRow);
        entries += 1;
      }
    });
  });

  for (let day = 0; day < days; day += 1) {
    buildDay(day);
    if (day > 0 && day % 365 === 0) options.log?.(`  year ${day / 365}: ${sessions} sessions, ${entries} entries`);
  }
  for (const trigger of auditTriggers) sqlite.exec(trigger.sql);
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('ANALYZE');
  await tc.close();
  return { days, patients, sessions, entries, seconds: (performance.now() - started) / 1000 };
}

/**
 * Ten years in minutes: the one-year clinic copied `years` times, each copy shifted a further 365 days back with
 * its own ids (new patients), by INSERT ... SELECT inside SQLite. The copies' audit rows keep the original hashes,
 * so the chain of a replicated clinic does not verify: it is a fixture for speed and size only, never a record.
 */
export function replicateClinic(options: { from: string; dataDir: string; years: number; log?: (line: string) => void }): ClinicSummary {
  const started = performance.now();
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, 'chairside.db');
  copyFileSync(join(options.from, 'chairside.db'), file);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('patients_audit_insert', 'sessions_audit_insert', 'entries_audit_insert')`)
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  db.exec(`ATTACH DATABASE '${join(options.from, 'chairside.db').replace(/'/g, "''")}' AS src`);
  const maxSeq = Number(db.prepare('SELECT max(seq) FROM src.audit_log').pluck().get());
  // A new id: the first 4 bytes (the top of the UUIDv7 timestamp) replaced by the copy's number (ids are 16 bytes;
  // || makes text of blobs, so the result is cast back).
  const re = (column: string) => `CAST(unhex(printf('%08x', $k)) || substr(${column}, 5) AS BLOB)`;
  const shift = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-' || ($k * 365) || ' days')`;
  const copy = db.transaction((k: number) => {
    db.prepare(
      `INSERT INTO patients SELECT ${re('id')}, clinic_id, device_id, author_user_id, ${shift('created_at')}, family_name, given_name,
         date_of_birth, 'MRN-' || $k || '-' || substr(mrn, 5) FROM src.patients WHERE mrn LIKE 'MRN-%'`,
    ).run({ k });
    db.prepare(
      `INSERT INTO sessions (id, clinic_id, device_id, patient_id, author_user_id, created_at, route, planned_start)
       SELECT ${re('id')}, clinic_id, device_id, ${re('patient_id')}, author_user_id, ${shift('created_at')}, route, ${shift('planned_start')}
       FROM src.sessions`,
    ).run({ k });
    db.prepare(
      `INSERT INTO entries (id, kind, clinic_id, device_id, patient_id, session_id, author_user_id, recorded_at, created_at, supersedes_id, payload)
       SELECT ${re('id')}, kind, clinic_id, device_id, ${re('patient_id')}, ${re('session_id')}, author_user_id, ${shift('recorded_at')},
              ${shift('created_at')}, NULL, payload
       FROM src.entries WHERE session_id IS NOT NULL`,
    ).run({ k });
    db.prepare(
      `INSERT INTO audit_log (device_id, seq, at, user_id, action, record_table, record_id, record_digest, detail, hash)
       SELECT device_id, seq + $k * ${maxSeq}, ${shift('at')}, user_id, action, record_table, ${re('record_id')}, record_digest, detail, hash
       FROM src.audit_log WHERE record_table IN ('patients', 'sessions', 'entries')`,
    ).run({ k });
  });
  for (let k = 1; k < options.years; k += 1) {
    copy(k);
    options.log?.(`  copy ${k} of ${options.years - 1} done`);
  }
  db.exec('DETACH DATABASE src');
  for (const trigger of triggers) db.exec(trigger.sql);
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  const summary = { days: options.years * 365, patients: count('patients'), sessions: count('sessions'), entries: count('entries'), seconds: (performance.now() - started) / 1000 };
  db.close();
  return summary;
}
