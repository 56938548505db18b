// The browser harness: the built renderer served by the loopback HTTP transport over a real core on a temporary
// database, driven by Debian's Chromium through playwright-core. The clock is a ManualClock injected here, so a
// 40-minute infusion runs in seconds; app code reads time only through its Clock.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ManualClock } from '../../src/shared/clock';
import { createCore, type Core } from '../../src/main/core';
import { startHttpTransport, type HttpTransport } from '../../src/main/transport/http';
import { existingUsers, seedUsers, signInAs, TEST_SCRYPT, type TestUsers } from '../support/users';
import { contract } from '../../src/shared/contract';
import type { ChannelDef, RequestOf, ResponseOf } from '../../src/shared/contract/envelope';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
export const SCREENS_DIR = resolve(__dirname, '../../test-results/screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  readonly clock: ManualClock;
  readonly dataDir: string;
  core: Core;
  server: HttpTransport;
  page: Page;
  /** The staff on this database (administrator, nurse, physician); the nurse is signed in at the start. */
  readonly users: TestUsers;
  /** Seeds data through the core as the signed-in user; throws with the main side's words when it refuses. */
  call<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Stops the server and the database and starts both again on the same folder, as an app restart would. */
  restartServer(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browser: Browser | undefined;

async function sharedBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export async function startHarness(
  options: { start?: string; viewport?: { width: number; height: number }; signedIn?: 'nurse' | 'physician' | 'admin' | null } = {},
): Promise<Harness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-'));
  const clock = new ManualClock(options.start ?? '2026-11-25T14:00:00.000Z');
  const boot = async () => {
    const core = await createCore({ dataDir, clock, secretHashing: TEST_SCRYPT, log: (message, error) => console.error(message, error) });
    const server = await startHttpTransport({ dispatch: core.dispatch, staticDir: RENDERER_DIR });
    return { core, server };
  };
  const first = await boot();
  // Sign-in is main-side state: the nurse signs in at the workstation before the page opens, as at a shift's start.
  const users = await seedUsers(first.core.dispatch, options.signedIn === undefined ? 'nurse' : options.signedIn);
  await lengthenIdleLock(first.core, users, options.signedIn === undefined ? 'nurse' : options.signedIn);
  const context: BrowserContext = await (await sharedBrowser()).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(first.server.url);

  const harness: Harness = {
    clock,
    dataDir,
    core: first.core,
    server: first.server,
    page,
    users,
    call: (channel, input) => must(harness.core, channel, input),
    async restartServer() {
      const port = harness.server.port;
      await harness.server.close();
      await harness.core.close();
      const core = await createCore({ dataDir, clock, secretHashing: TEST_SCRYPT });
      // A restart signs everyone out; the nurse signs in again so the page carries on where it was.
      await signInAs(core.dispatch, (await existingUsers(core.dispatch)).nurse);
      // Same port, so the open page reconnects as a nurse's browser would after the app restarts.
      const server = await startHttpTransport({ dispatch: core.dispatch, staticDir: RENDERER_DIR, port });
      harness.core = core;
      harness.server = server;
    },
    async screenshot(name) {
      mkdirSync(SCREENS_DIR, { recursive: true });
      const file = join(SCREENS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await harness.server.close();
      await harness.core.close();
    },
  };
  return harness;
}

async function must<C extends ChannelDef>(core: Core, channel: C, input: RequestOf<C>): Promise<ResponseOf<C>> {
  const answer = await core.dispatch(channel.name, input, { senderTrusted: true });
  if (!answer.ok) throw new Error(`${channel.name} refused: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as ResponseOf<C>;
}

/**
 * The harness clock jumps up to 15 minutes between the nurse's actions (a vitals interval); with the default 10-min
 * idle lock every jump would lock the workstation. The administrator sets the longest idle lock (60 min) instead.
 */
async function lengthenIdleLock(core: Core, users: TestUsers, signedIn: 'nurse' | 'physician' | 'admin' | null): Promise<void> {
  await signInAs(core.dispatch, users.admin);
  await must(core, contract.auth.updateSettings, { changes: { idleLockMinutes: 60 } });
  if (signedIn) await signInAs(core.dispatch, users[signedIn]);
  else await must(core, contract.auth.signOut, {});
}
