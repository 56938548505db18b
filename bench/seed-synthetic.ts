// `npm run seed:synthetic -- --years N [--out DIR]`: builds a synthetic clinic database (see synthetic-clinic.ts).
// Up to one year is charted row by row; more years replicate the one-year clinic (bench/.data/clinic-1y) back in time.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureClinic } from './clinics';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const years = Number(value('--years') ?? 1);
  if (!(years > 0)) throw new Error('--years must be a positive number');
  const out = value('--out') ? resolve(value('--out')!) : undefined;
  if (out && existsSync(out)) throw new Error(`${out} already exists; remove it or choose another --out`);
  const dataDir = await ensureClinic(years, { out, log: (line) => console.log(line) });
  console.log(`The ${years}-year clinic is in ${dataDir}.`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
