// Counts what the nurse does (clicks, fields filled, keys that save) so a test can report how much a flow costs.
import type { Locator } from 'playwright-core';

export class NurseActions {
  clicks = 0;
  fills = 0;
  keys = 0;

  get total(): number {
    return this.clicks + this.fills + this.keys;
  }

  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
  }

  async fill(target: Locator, value: string): Promise<void> {
    this.fills += 1;
    await target.fill(value);
  }

  async select(target: Locator, value: string | { label: string }): Promise<void> {
    this.fills += 1;
    await target.selectOption(value);
  }

  async press(target: Locator, key: string): Promise<void> {
    this.keys += 1;
    await target.press(key);
  }
}
