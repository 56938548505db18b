// Page model of sign-in, the lock screen, the user bar and the administration screen, by labels and roles.
import type { Page } from 'playwright-core';

export class AuthPage {
  constructor(private readonly page: Page) {}

  heading(name: 'Sign in' | 'Workstation locked' | 'Set up Chairside') {
    return this.page.getByRole('heading', { name, exact: true });
  }

  async signIn(displayName: string, secret: string): Promise<void> {
    const form = this.page.getByRole('form');
    await form.getByRole('list', { name: 'Users' }).getByRole('button', { name: new RegExp(displayName) }).click();
    await form.getByLabel(/PIN or password/).fill(secret);
    await form.getByRole('button', { name: /^(Sign in|Unlock)$/ }).click();
  }

  error() {
    return this.page.getByRole('form').getByRole('alert');
  }

  signedInUser() {
    return this.page.getByTestId('signed-in-user');
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
  }

  async openAdministration(): Promise<void> {
    await this.page.getByRole('link', { name: 'Administration' }).click();
    await this.page.getByRole('heading', { name: 'Audit trail' }).waitFor();
  }

  async verifyAudit(): Promise<string> {
    await this.page.getByRole('button', { name: 'Verify the audit trail' }).click();
    const result = this.page.getByTestId('audit-result');
    await result.waitFor();
    return (await result.textContent()) ?? '';
  }
}
