// Page model of the sign-in and lock screens (src/renderer/features/auth, issue 7): tap your name, type your PIN.
// When the main side already has the nurse signed in there is no gate and nothing to do.
import type { Page } from 'playwright-core';
import type { TestUser } from '../../support/users';

export class SignInPage {
  constructor(private readonly page: Page) {}

  form() {
    return this.page.getByRole('form', { name: /^(Sign in|Workstation locked)$/ });
  }

  async signIn(user: TestUser): Promise<void> {
    const form = this.form();
    await form.waitFor();
    await form.getByRole('list', { name: 'Users' }).getByRole('button', { name: user.displayName }).click();
    await form.getByLabel(/^PIN or password/).fill(user.secret);
    await form.getByRole('button', { name: /^(Sign in|Unlock)$/ }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** After a reload or restart: signs in only if the gate asks for it. */
  async signInIfAsked(user: TestUser): Promise<void> {
    await this.page.getByRole('main').or(this.form()).first().waitFor();
    if (await this.form().isVisible()) await this.signIn(user);
  }
}
