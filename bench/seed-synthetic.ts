// `npm run seed:synthetic -- --years N [--out DIR]`: builds a synthetic clinic database (see synthetic-clinic.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSyntheticClinic } from './synthetic-clinic';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const years = Number(value('--years') ?? 1);
  const out = resolve(value('--out') ?? `bench/.data/clinic-${years}y`);
  if (!(years > 0)) throw new Error('--years must be a positive number');
  if (existsSync(out)) throw new Error(`${out} already exists; remove it or pass --out`);
  console.log(`Building ${years} year(s) of synthetic clinic into ${out} ...`);
  const summary = await buildSyntheticClinic({ dataDir: out, years, until: '2026-11-25T00:00:00.000Z', log: (l) => console.log(l) });
  console.log(
    `${summary.patients} patients, ${summary.sessions} sessions, ${summary.entries} entries in ${summary.seconds.toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
