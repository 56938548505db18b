// Page model of the session screen: check-in, screening, dose, quick vitals (Tab through, Enter saves), the
// infusion controls, observations, alerts, rest and discharge. Every nurse action goes through NurseActions.
import type { Page } from 'playwright-core';
import type { TestUser } from '../../support/users';
import { NurseActions } from './actions';

export interface VitalsSet {
  systolic: string;
  diastolic: string;
  heartRate: string;
  spo2: string;
  respiratoryRate: string;
}

export interface CheckIn {
  weight: string;
  lastSolidFoodAt: string;
  lastClearLiquidAt: string;
  escortName: string;
  escortPhone: string;
}

export class SessionPage {
  constructor(
    private readonly page: Page,
    readonly actions = new NurseActions(),
  ) {}

  chair() {
    return this.page.getByTestId('session-chair');
  }

  phase() {
    return this.page.getByTestId('session-phase');
  }

  infusionTimer() {
    return this.page.getByTestId('infusion-timer');
  }

  restTimer() {
    return this.page.getByTestId('rest-timer');
  }

  savedIndicator() {
    return this.page.getByTestId('saved-indicator');
  }

  timelineItems() {
    return this.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  }

  vitalsRows() {
    return this.page.getByRole('table', { name: 'Vital signs' }).locator('tbody tr');
  }

  fieldError(text: string) {
    return this.page.getByRole('form', { name: 'Record vital signs', exact: true }).getByRole('alert').filter({ hasText: text });
  }

  startButton() {
    return this.page.getByRole('button', { name: 'Start infusion' });
  }

  screeningItems() {
    return this.page.getByRole('list', { name: 'Screening items' }).getByRole('listitem');
  }

  openAlerts() {
    return this.page.getByRole('article', { name: /^Alert:/ });
  }

  noOpenAlerts() {
    return this.page.getByTestId('no-open-alerts');
  }

  private async waitForPhase(label: string): Promise<void> {
    await this.page.getByTestId('session-phase').filter({ hasText: new RegExp(`^${label}$`) }).waitFor();
  }

  async checkIn(values: CheckIn): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Check-in', exact: true });
    await this.actions.fill(form.getByLabel('Weight today'), values.weight);
    await this.actions.fill(form.getByLabel('Last solid food'), values.lastSolidFoodAt);
    await this.actions.fill(form.getByLabel('Last clear liquid'), values.lastClearLiquidAt);
    await this.actions.fill(form.getByLabel('Escort name'), values.escortName);
    await this.actions.fill(form.getByLabel('Escort phone'), values.escortPhone);
    await this.actions.click(form.getByRole('button', { name: 'Check in' }));
    await this.waitForPhase('Checked in');
  }

  /** Types a set the way it is read off the monitor: one field after another with Tab, Enter to save. */
  async recordVitals(values: VitalsSet): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record vital signs', exact: true });
    const before = await this.vitalsRows().count();
    await form.getByLabel('Systolic (mmHg)').focus();
    for (const value of [values.systolic, values.diastolic, values.heartRate, values.spo2, values.respiratoryRate]) {
      this.actions.fills += 1;
      await this.page.keyboard.type(value);
      await this.page.keyboard.press('Tab');
    }
    await this.actions.press(form.getByLabel('Resp. rate (/min)'), 'Enter');
    await this.waitForSaveOrError(before);
  }

  /** Nothing changed since the last set: "Same as last", then Enter. */
  async recordSameAsLast(): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record vital signs', exact: true });
    const before = await this.vitalsRows().count();
    await this.actions.click(form.getByRole('button', { name: 'Same as last' }));
    await this.actions.press(form.getByLabel('Systolic (mmHg)'), 'Enter');
    await this.waitForSaveOrError(before);
  }

  private async waitForSaveOrError(before: number): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record vital signs', exact: true });
    await this.page
      .getByRole('table', { name: 'Vital signs' })
      .locator(`tbody tr:nth-child(${before + 1})`)
      .or(form.getByRole('alert'))
      .first()
      .waitFor();
  }

  async recordDose(values: { concentration: string; lot: string; expiry: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Dose', exact: true });
    await this.actions.fill(form.getByLabel('Concentration (mg/mL)'), values.concentration);
    await this.actions.fill(form.getByLabel('Lot number'), values.lot);
    await this.actions.fill(form.getByLabel('Expiry'), values.expiry);
    await this.actions.click(form.getByRole('button', { name: /Record dose|Update dose/ }));
    await this.page.getByTestId('dose-summary').waitFor();
  }

  async runScreening(): Promise<void> {
    await this.actions.click(this.page.getByRole('button', { name: /Run screening|Screen again/ }));
    await this.page.getByTestId('screening-verdict').waitFor();
  }

  async overrideHardStop(itemText: RegExp, physician: TestUser, reason: string): Promise<void> {
    const item = this.screeningItems().filter({ hasText: itemText });
    await this.actions.click(item.getByRole('button', { name: /Physician override/ }));
    const form = item.getByRole('form', { name: 'Physician override', exact: true });
    await this.actions.fill(form.getByLabel('Reason'), reason);
    await this.actions.select(form.getByLabel('Physician', { exact: true }), { label: physician.displayName });
    await this.actions.fill(form.getByLabel("Physician's PIN or password"), physician.secret);
    await this.actions.click(form.getByRole('button', { name: 'Record override' }));
    await item.getByText(/Overridden by/).waitFor();
  }

  async startInfusion(): Promise<void> {
    await this.actions.click(this.startButton());
    await this.waitForPhase('Infusing');
  }

  async stopInfusion(): Promise<void> {
    await this.actions.click(this.page.getByRole('button', { name: 'Stop infusion' }));
    await this.waitForPhase('Infusion ended');
  }

  async rateDissociation(rating: 0 | 1 | 2 | 3 | 4): Promise<void> {
    const before = await this.timelineItems().count();
    await this.actions.click(this.page.getByRole('group', { name: 'Dissociation rating' }).getByRole('button', { name: new RegExp(`^Dissociation ${rating} `) }));
    await this.page.getByRole('list', { name: 'Timeline' }).locator(`li:nth-child(${before + 1})`).waitFor();
  }

  async acknowledgeAlert(values: { context?: string; actionTaken: string }): Promise<void> {
    const alert = this.openAlerts().first();
    if (values.context) await this.actions.click(alert.getByRole('group', { name: 'Context' }).getByRole('button', { name: values.context }));
    const form = alert.getByRole('form', { name: 'Acknowledge alert', exact: true });
    await this.actions.fill(form.getByLabel('Action taken'), values.actionTaken);
    await this.actions.click(form.getByRole('button', { name: 'Acknowledge alert' }));
  }

  /** Starts the recheck timer on the open alert (minutes from settings). */
  async startRecheck(): Promise<void> {
    await this.actions.click(this.openAlerts().first().getByRole('button', { name: /^Recheck in/ }));
  }

  recheckTimer() {
    return this.page.getByTestId('recheck-timer');
  }

  async startRest(): Promise<void> {
    await this.actions.click(this.page.getByRole('button', { name: 'Start rest' }));
    await this.waitForPhase('Resting');
  }

  /** Given = the dose drawn up (prefilled), nothing wasted. */
  async recordDrugUse(): Promise<void> {
    await this.actions.click(this.page.getByRole('form', { name: 'Drug given and wasted', exact: true }).getByRole('button', { name: 'Record drug use' }));
    await this.page.getByTestId('drug-use').waitFor();
  }

  async recordAldreteAllTwo(): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Discharge score', exact: true });
    await this.actions.click(form.getByRole('button', { name: 'All items 2' }));
    await this.actions.click(form.getByRole('button', { name: 'Record score' }));
    await this.page.getByTestId('assessment-result').waitFor();
  }

  /** The escort named at check-in is prefilled; the nurse confirms they are here. */
  async confirmEscort(): Promise<void> {
    await this.actions.click(this.page.getByRole('form', { name: 'Escort confirmation', exact: true }).getByRole('button', { name: 'Confirm escort' }));
    await this.page.getByTestId('escort-confirmed').waitFor();
  }

  async discharge(values: { nextAppointment?: string } = {}): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Discharge', exact: true });
    if (values.nextAppointment) await this.actions.fill(form.getByLabel('Next appointment'), values.nextAppointment);
    await this.actions.click(form.getByRole('button', { name: 'Discharge', exact: true }));
    await this.waitForPhase('Discharged');
  }

  async sign(): Promise<void> {
    await this.actions.click(this.page.getByRole('button', { name: 'Sign the record' }));
    await this.waitForPhase('Signed');
  }
}
