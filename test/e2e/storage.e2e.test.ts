// Damage found in the chart file after start: every screen says at once, across its top, that saving has stopped
// and the nurse must chart on paper, not only when the next Save is refused.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { DATABASE_FILE_NAME } from '../../src/main/core';
import { middleLeaf, spoilPages } from '../support/damage';
import { closeBrowser, startHarness, type Harness } from './harness';
import { BoardPage } from './pages/board.page';

describe('a damaged chart file', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.close();
    await closeBrowser();
  });

  it('puts "saving has stopped" across the top of the board once the full check finds damage', async () => {
    h = await startHarness();
    const board = new BoardPage(h.page);
    await board.open();
    await expect.poll(() => h.page.getByRole('alert').filter({ hasText: 'Saving has stopped' }).count()).toBe(0);

    for (let n = 0; n < 300; n += 1) {
      await h.call(contract.patients.register, { familyName: `Family${n}`, givenName: 'Ada', dateOfBirth: '1980-03-14', weight: { value: 72, unit: 'kg' } });
    }
    const store = h.core.deps.store;
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = join(h.dataDir, DATABASE_FILE_NAME);
    spoilPages(file, [middleLeaf(file, 'entries')]);
    await store.checkFully();

    await h.page.reload();
    const banner = h.page.getByRole('alert').filter({ hasText: 'Saving has stopped: chart on paper now.' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/The chart database at .* is damaged/);
    await h.screenshot('storage-damaged-banner');
    await expect(h.call(contract.patients.register, { familyName: 'Late', givenName: 'Ben', dateOfBirth: '1980-03-14', weight: { value: 72, unit: 'kg' } })).rejects.toThrow(/damaged/);
  });
});
