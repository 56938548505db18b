// The crash campaign shared by crash.test.ts (npm test) and `npm run test:crash`: a child charts vitals and prints
// each acknowledgement; it is SIGKILLed at random moments; after every kill the file is reopened and checked.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../src/main/core';
import { startTestCore } from '../support/core';
import { bundleScript, childEnv } from './bundle';
import { chartableSession } from './fixtures';
import { idFromBytes } from '../../src/main/data/uuid-bytes';

export interface CrashReport {
  readonly kills: number;
  readonly acknowledged: number;
  readonly killedBeforeReady: number;
  readonly failures: readonly string[];
}

/** Children not yet reaped; killed if this process ends first (a test timeout must not leave writers behind). */
const living = new Set<ChildProcess>();
process.once('exit', () => {
  for (const proc of living) proc.kill('SIGKILL');
});

interface Life {
  readonly acks: string[];
  readonly ready: boolean;
  readonly readyAfter: number | null;
  readonly exitedByItself: string | null;
}

/** Spawns the child and kills it either a random time after spawn or right after a random acknowledgement. */
function liveAndDie(child: string, dataDir: string, sessionId: string, random: () => number, readyMs: number): Promise<Life> {
  return new Promise((resolveLife) => {
    const proc = spawn(process.execPath, [child, dataDir, sessionId], {
      env: childEnv(),
      // stdin stays open while this process lives: the child quits if it ever loses its parent (see crash-child.ts).
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    living.add(proc);
    const acks: string[] = [];
    let ready = false;
    let buffered = '';
    let stderr = '';
    let killed = false;
    let readyAfter: number | null = null;
    const kill = () => {
      if (killed) return;
      killed = true;
      proc.kill('SIGKILL');
    };
    const byTime = random() < 0.5;
    const afterAcks = 1 + Math.floor(random() * 12);
    // The window spans node's start, the open and its checks, and the first writes (readyMs is the measured start).
    const started = performance.now();
    const timer = byTime ? setTimeout(kill, Math.floor(random() * (readyMs + 40))) : undefined;
    // On a crowded machine a child may crawl; it is killed all the same, never left behind.
    const watchdog = setTimeout(kill, 30_000);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line === 'ready') {
          ready = true;
          readyAfter = performance.now() - started;
        }
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
      clearTimeout(watchdog);
      living.delete(proc);
      // Only whole lines count: a half-printed acknowledgement was never seen by anyone.
      const exitedByItself = signal === 'SIGKILL' ? null : `exited with ${code ?? signal}: ${stderr.slice(0, 500)}`;
      resolveLife({ acks, ready, readyAfter, exitedByItself });
    });
  });
}

/** Opens the file as a restart would (recovering the WAL) and checks it against everything acknowledged so far. */
function checkAfterKill(file: string, acknowledged: ReadonlySet<string>): string | null {
  const db = new BetterSqlite3(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const present = new Set((db.prepare(`SELECT id FROM entries WHERE kind = 'vitals'`).pluck().all() as Buffer[]).map(idFromBytes));
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

/** One database killed over and over; the campaign runs two of these side by side (two cores, half the wall time). */
async function runLane(child: string, dataDir: string, kills: number, random: () => number, progress: () => void) {
  mkdirSync(dataDir);
  const tc = await startTestCore({ dataDir });
  const { sessionId } = await chartableSession(tc);
  await tc.close();

  const acknowledged = new Set<string>();
  const failures: string[] = [];
  let killedBeforeReady = 0;
  let readyMs = 150; // a first guess; follows the measured start-up from then on
  for (let kill = 1; kill <= kills && failures.length === 0; kill += 1) {
    const life = await liveAndDie(child, dataDir, sessionId, random, readyMs);
    if (life.readyAfter !== null) readyMs = 0.8 * readyMs + 0.2 * life.readyAfter;
    if (life.exitedByItself) failures.push(`${dataDir} run ${kill}: the child ${life.exitedByItself}`);
    if (!life.ready) killedBeforeReady += 1;
    for (const id of life.acks) acknowledged.add(id);
    const problem = checkAfterKill(join(dataDir, DATABASE_FILE_NAME), acknowledged);
    if (problem) failures.push(`${dataDir} after kill ${kill}: ${problem}`);
    progress();
  }
  return { acknowledged: acknowledged.size, killedBeforeReady, failures };
}

export async function runCrashCampaign(options: { kills: number; seed: number; log?: (line: string) => void }): Promise<CrashReport> {
  const work = mkdtempSync(join(tmpdir(), 'chairside-crash-'));
  try {
    const child = await bundleScript('crash-child.ts', work);
    let done = 0;
    const progress = () => {
      done += 1;
      if (done % 100 === 0) options.log?.(`crash: ${done} kills so far, every acknowledged entry present`);
    };
    const half = Math.ceil(options.kills / 2);
    const lanes = await Promise.all([
      runLane(child, join(work, 'a'), half, seededRandom(options.seed), progress),
      runLane(child, join(work, 'b'), options.kills - half, seededRandom(options.seed + 1), progress),
    ]);
    return {
      kills: done,
      acknowledged: lanes.reduce((sum, lane) => sum + lane.acknowledged, 0),
      killedBeforeReady: lanes.reduce((sum, lane) => sum + lane.killedBeforeReady, 0),
      failures: lanes.flatMap((lane) => lane.failures),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
