// Page model of the room board: each chair's card, its timers, vitals due and open alerts.
import type { Page } from 'playwright-core';
import { NurseActions } from './actions';

export class BoardPage {
  constructor(
    private readonly page: Page,
    private readonly actions = new NurseActions(),
  ) {}

  async open(): Promise<void> {
    await this.page.goto(new URL('/#/', this.page.url()).toString());
    await this.page.getByRole('heading', { name: 'Room board' }).waitFor();
  }

  chair(n: number) {
    return this.page.getByTestId(`chair-${n}`);
  }

  infusionTimer(n: number) {
    return this.page.getByTestId(`chair-${n}-timer`);
  }

  restTimer(n: number) {
    return this.page.getByTestId(`chair-${n}-rest`);
  }

  alerts(n: number) {
    return this.page.getByRole('list', { name: `Open alerts, chair ${n}` }).getByRole('listitem');
  }

  /** The nurse taps the patient's name on the chair's card. */
  async openChair(n: number): Promise<void> {
    await this.actions.click(this.chair(n).getByRole('link'));
    await this.page.getByRole('region', { name: 'Session' }).waitFor();
  }
}
