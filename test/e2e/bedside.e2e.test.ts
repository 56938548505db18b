// The bedside screens end to end in Chromium on a real database, the harness clock running a 40-minute infusion
// and a 30-minute rest in seconds: an uneventful session (counting the nurse's actions), an alert on the board and
// the session, a blocked start overridden by a physician, a reload and restart mid-infusion, two chairs at once.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { local, screenshotBothModes, seedInfusing, seedPatientWithSession, seedScreened } from './bedside-fixtures';
import { closeBrowser, startHarness, type Harness } from './harness';
import { NurseActions } from './pages/actions';
import { BoardPage } from './pages/board.page';
import { PatientPage } from './pages/patient.page';
import { PatientsPage } from './pages/patients.page';
import { SessionPage } from './pages/session.page';
import { SettingsPage } from './pages/settings.page';
import { SignInPage } from './pages/signin.page';

const BASELINE = { systolic: '124', diastolic: '80', heartRate: '72', spo2: '98', respiratoryRate: '14' };

// Each test runs a whole session in a real browser; the clock jumps, but the clicks take real time.
describe('the bedside screens', { timeout: 180_000 }, () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  afterAll(async () => {
    await closeBrowser();
  });

  it('charts an uneventful session from check-in to signed in 40 nurse actions or fewer', async () => {
    h = await startHarness();
    await seedPatientWithSession(h, { familyName: 'Rivera', givenName: 'Ana' }, 1);
    const actions = new NurseActions();
    const board = new BoardPage(h.page, actions);
    const session = new SessionPage(h.page, actions);

    await board.open();
    await screenshotBothModes(h, 'board-waiting');
    await board.openChair(1);
    await screenshotBothModes(h, 'session-check-in');
    await session.checkIn({ weight: '70', lastSolidFoodAt: local('07:00'), lastClearLiquidAt: local('11:30'), escortName: 'Sam Rivera', escortPhone: '555-0100' });
    await session.recordVitals(BASELINE);
    await session.recordDose({ concentration: '1', lot: 'KX-2291', expiry: '2027-06-30' });
    await session.runScreening();
    expect(await session.startButton().isEnabled()).toBe(true);
    await screenshotBothModes(h, 'session-screened');

    await session.startInfusion();
    h.clock.advanceMinutes(15);
    await session.recordSameAsLast();
    await expect.poll(() => session.infusionTimer().textContent()).toMatch(/^15:\d\d$/);
    await session.rateDissociation(1);
    h.clock.advanceMinutes(15);
    await session.recordSameAsLast();
    await screenshotBothModes(h, 'session-infusing');
    h.clock.advanceMinutes(10);
    await session.stopInfusion();
    await expect.poll(() => session.restTimer().textContent()).toMatch(/^(19|20):\d\d$/);

    await session.startRest();
    h.clock.advanceMinutes(15);
    await session.recordSameAsLast();
    h.clock.advanceMinutes(15);
    await session.recordSameAsLast();
    await session.recordDrugUse();
    await session.recordAldreteAllTwo();
    await session.confirmEscort();
    await screenshotBothModes(h, 'session-discharge');
    await session.discharge({ nextAppointment: local('14:00', '2026-12-02') });
    await session.sign();
    await session.savedIndicator().waitFor();
    await screenshotBothModes(h, 'session-signed');

    console.log(`nurse actions for an uneventful session: ${actions.total} (${actions.clicks} clicks, ${actions.fills} fields, ${actions.keys} Enter)`);
    expect(actions.total).toBeLessThanOrEqual(40);
  });

  it('raises an alert for systolic 186 at 40 minutes on the board and the session, and closes it when acknowledged', async () => {
    h = await startHarness();
    const { sessionId } = await seedPatientWithSession(h, { familyName: 'Okafor', givenName: 'Ben' }, 2);
    await seedInfusing(h, sessionId);
    h.clock.advanceMinutes(40);
    const board = new BoardPage(h.page);
    const session = new SessionPage(h.page);

    await board.open();
    await board.openChair(2);
    await session.recordVitals({ systolic: '186', diastolic: '98', heartRate: '96', spo2: '97', respiratoryRate: '16' });
    await session.openAlerts().first().waitFor();
    expect(await session.openAlerts().first().textContent()).toMatch(/186/);
    await session.startRecheck();
    await expect.poll(() => session.recheckTimer().textContent()).toMatch(/^Recheck in 0?[45]:\d\d$/);
    await screenshotBothModes(h, 'session-alert');

    await board.open();
    await expect.poll(() => board.alerts(2).count()).toBe(1);
    await screenshotBothModes(h, 'board-alert');

    await board.openChair(2);
    await session.acknowledgeAlert({ context: 'Anxious', actionTaken: 'Rechecked, physician informed, lights dimmed' });
    await session.noOpenAlerts().waitFor();
    await expect.poll(() => session.openAlerts().count()).toBe(0);
    await board.open();
    await expect.poll(() => board.alerts(2).count()).toBe(0);
  });

  it('keeps the start closed for a heart attack 3 months ago until a physician overrides it, and shows the override in the timeline', async () => {
    h = await startHarness();
    const { patientId, sessionId } = await seedPatientWithSession(h, { familyName: 'Lindqvist', givenName: 'Eva', profile: false }, 3);
    const patient = new PatientPage(h.page);
    await patient.open(patientId);
    await patient.recordProfile({ sex: 'female', heightCm: '165', heartAttackOn: '2026-08-25' });
    await screenshotBothModes(h, 'patient-profile');
    await seedScreened(h, sessionId);
    const board = new BoardPage(h.page);
    const session = new SessionPage(h.page);

    await board.open();
    await board.openChair(3);
    await session.screeningItems().filter({ hasText: /heart attack/i }).waitFor();
    expect(await session.startButton().isDisabled()).toBe(true);
    expect(await h.page.getByText(/^Not yet:/).first().textContent()).toMatch(/heart attack/i);
    await screenshotBothModes(h, 'session-blocked-start');

    await session.overrideHardStop(/heart attack/i, h.users.physician, 'Cardiology clearance on file, benefit outweighs risk');
    await expect.poll(() => session.startButton().isEnabled()).toBe(true);
    await session.startInfusion();
    await expect.poll(() => session.timelineItems().filter({ hasText: /overrid/i }).count()).toBeGreaterThan(0);
    await screenshotBothModes(h, 'session-override-started');
  });

  it('shows the same timer and every entry after a page reload and a server restart mid-infusion', async () => {
    h = await startHarness();
    const { sessionId } = await seedPatientWithSession(h, { familyName: 'Moreau', givenName: 'Luc' }, 4);
    await seedInfusing(h, sessionId);
    h.clock.advanceMinutes(20);
    const board = new BoardPage(h.page);
    const session = new SessionPage(h.page);
    const signIn = new SignInPage(h.page);

    await board.open();
    await board.openChair(4);
    await session.recordVitals({ systolic: '138', diastolic: '88', heartRate: '84', spo2: '97', respiratoryRate: '15' });
    await session.rateDissociation(2);
    await expect.poll(() => session.infusionTimer().textContent()).toMatch(/^20:\d\d$/);
    const entries = await session.timelineItems().allTextContents();
    expect(entries.length).toBeGreaterThan(4);

    await h.page.reload();
    await signIn.signInIfAsked(h.users.nurse);
    await expect.poll(() => session.timelineItems().allTextContents()).toEqual(entries);
    await expect.poll(() => session.infusionTimer().textContent()).toMatch(/^20:\d\d$/);

    await h.restartServer();
    await h.page.reload(); // a new server run has a new token: the page loads again, as after an app restart
    await signIn.signInIfAsked(h.users.nurse);
    await expect.poll(() => session.timelineItems().allTextContents()).toEqual(entries);
    await expect.poll(() => session.infusionTimer().textContent()).toMatch(/^20:\d\d$/);
    await expect.poll(() => session.vitalsRows().count()).toBe(2);

    h.clock.advanceMinutes(5);
    await h.page.reload();
    await expect.poll(() => session.infusionTimer().textContent()).toMatch(/^25:\d\d$/);
    await screenshotBothModes(h, 'session-after-restart');
  });

  it('runs two chairs at once on the room board, each with its own timer, with the chair count from settings', async () => {
    h = await startHarness({ viewport: { width: 1920, height: 1080 } });
    const first = await seedPatientWithSession(h, { familyName: 'Rivera', givenName: 'Ana' }, 1);
    const second = await seedPatientWithSession(h, { familyName: 'Okafor', givenName: 'Ben' }, 2);
    await seedInfusing(h, first.sessionId);
    h.clock.advanceMinutes(10);
    await seedInfusing(h, second.sessionId);
    h.clock.advanceMinutes(5);
    const board = new BoardPage(h.page);

    await board.open();
    await expect.poll(() => board.infusionTimer(1).textContent()).toMatch(/^15:\d\d$/);
    await expect.poll(() => board.infusionTimer(2).textContent()).toMatch(/^0?5:\d\d$/);
    // Each ticks on by itself from the main side's clock, without re-reading the board.
    const before = await board.infusionTimer(2).textContent();
    await expect.poll(() => board.infusionTimer(2).textContent(), { timeout: 5_000 }).not.toBe(before);

    h.clock.advanceMinutes(25);
    await h.call(contract.charting.stopInfusion, { sessionId: first.sessionId });
    await board.open();
    await h.page.reload();
    await expect.poll(() => board.restTimer(1).textContent()).toMatch(/^(19|20):\d\d$/);
    await expect.poll(() => board.infusionTimer(2).textContent()).toMatch(/^30:\d\d$/);
    await screenshotBothModes(h, 'board-two-chairs');

    const settings = new SettingsPage(h.page);
    await settings.open();
    await screenshotBothModes(h, 'settings');
    await settings.change('Chairs in the room', '6');
    await h.page.getByRole('form', { name: 'Clinic settings' }).getByTestId('saved-indicator').waitFor();
    await board.open();
    await board.chair(6).waitFor();

    const patients = new PatientsPage(h.page);
    await patients.open();
    await screenshotBothModes(h, 'patients');

    // Dim mode is remembered on this workstation across a reload.
    await h.page.getByRole('button', { name: 'Dim mode' }).click();
    await h.page.reload();
    await h.page.getByRole('button', { name: 'Dim mode', pressed: true }).waitFor();
    expect(await h.page.locator('html').getAttribute('data-theme')).toBe('dim');
  });
});
