// The crash campaign shared by crash.test.ts (npm test) and `npm run test:crash`: a child charts vitals and prints
// each acknowledgement; it is SIGKILLed at random moments; after every kill the file is reopened and checked.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { DATABASE_FILE_NAME } from '../../src/main/core';
import { startTestCore } from '../support/core';
import { chartableSession } from './fixtures';

const repo = resolve(__dirname, '../..');

export interface CrashReport {
  readonly kills: number;
  readonly acknowledged: number;
  readonly killedBeforeReady: number;
  readonly failures: readonly string[];
}

/** One bundle of the child, so each of hundreds of spawns pays only for node's start, not for TypeScript. */
async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

interface Life {
  readonly acks: string[];
  readonly ready: boolean;
  readonly exitedByItself: string | null;
}

/** Spawns the child and kills it either a random time after spawn or right after a random acknowledgement. */
function liveAndDie(child: string, dataDir: string, sessionId: string, random: () => number): Promise<Life> {
  return new Promise((resolveLife) => {
    const proc = spawn(process.execPath, [child, dataDir, sessionId], {
      env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let ready = false;
    let buffered = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      proc.kill('SIGKILL');
    };
    const byTime = random() < 0.5;
    const afterAcks = 1 + Math.floor(random() * 40);
    // Startup takes tens of ms; a window past it kills during open, migration check, and mid-write.
    const timer = byTime ? setTimeout(kill, Math.floor(random() * 250)) : undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line === 'ready') ready = true;
        else if (line.startsWith('ack ')) {
          acks.push(line.slice(4));
          if (!byTime && acks.length >= afterAcks) kill();
        }
      }
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => (stderr += chunk));
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      // Only whole lines count: a half-printed acknowledgement was never seen by anyone.
      const exitedByItself = signal === 'SIGKILL' ? null : `exited with ${code ?? signal}: ${stderr.slice(0, 500)}`;
      resolveLife({ acks, ready, exitedByItself });
    });
  });
}

/** Opens the file as a restart would (recovering the WAL) and checks it against everything acknowledged so far. */
function checkAfterKill(file: string, acknowledged: ReadonlySet<string>): string | null {
  const db = new BetterSqlite3(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const present = new Set((db.prepare(`SELECT id FROM entries WHERE kind = 'vitals'`).pluck().all() as string[]));
    const lost = [...acknowledged].filter((id) => !present.has(id));
    return lost.length > 0 ? `${lost.length} acknowledged entr(ies) missing, e.g. ${lost[0]}` : null;
  } finally {
    db.close();
  }
}

/** A small seeded generator so a failing campaign can be run again with the same moments. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

export async function runCrashCampaign(options: { kills: number; seed: number; log?: (line: string) => void }): Promise<CrashReport> {
  const work = mkdtempSync(join(tmpdir(), 'chairside-crash-'));
  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  try {
    const child = await bundleChild(work);
    const tc = await startTestCore({ dataDir });
    const { sessionId } = await chartableSession(tc);
    await tc.close();

    const random = seededRandom(options.seed);
    const acknowledged = new Set<string>();
    const failures: string[] = [];
    let killedBeforeReady = 0;
    for (let kill = 1; kill <= options.kills && failures.length === 0; kill += 1) {
      const life = await liveAndDie(child, dataDir, sessionId, random);
      if (life.exitedByItself) failures.push(`run ${kill}: the child ${life.exitedByItself}`);
      if (!life.ready) killedBeforeReady += 1;
      for (const id of life.acks) acknowledged.add(id);
      const problem = checkAfterKill(join(dataDir, DATABASE_FILE_NAME), acknowledged);
      if (problem) failures.push(`after kill ${kill}: ${problem}`);
      if (kill % 100 === 0) options.log?.(`crash: ${kill} kills, ${acknowledged.size} acknowledged entries all present`);
    }
    return { kills: options.kills, acknowledged: acknowledged.size, killedBeforeReady, failures };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
