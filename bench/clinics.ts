// Where the bench's synthetic clinics live (bench/.data, git-ignored), built on first use and reused after.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSyntheticClinic, replicateClinic } from './synthetic-clinic';

export const CLINIC_END = '2026-11-25T00:00:00.000Z';
const dataRoot = resolve(__dirname, '.data');

export async function ensureClinic(years: number, options: { out?: string; log?: (line: string) => void } = {}): Promise<string> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.out ?? join(dataRoot, `clinic-${years}y`);
  if (existsSync(join(dataDir, 'chairside.db'))) return dataDir;
  if (years <= 1) {
    log(`building ${years} year(s) of synthetic clinic in ${dataDir} (charted row by row; once, then reused) ...`);
    const s = await buildSyntheticClinic({ dataDir, years, until: CLINIC_END, log });
    log(`  ${s.patients} patients, ${s.sessions} sessions, ${s.entries} entries in ${s.seconds.toFixed(0)} s`);
    return dataDir;
  }
  if (!Number.isInteger(years)) throw new Error('More than one year must be a whole number of years.');
  const oneYear = await ensureClinic(1, { log });
  log(`building ${years} years of synthetic clinic in ${dataDir} (the one-year clinic replicated back in time) ...`);
  const s = replicateClinic({ from: oneYear, dataDir, years, log });
  log(`  ${s.patients} patients, ${s.sessions} sessions, ${s.entries} entries in ${s.seconds.toFixed(0)} s`);
  return dataDir;
}
