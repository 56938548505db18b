// @vitest-environment happy-dom
// The discharge panel's print controls in the desktop app (a stubbed preload bridge): the language defaults to the
// patient's preferred one, the nurse can switch it, Print and Save PDF go to the main side in one action with the
// chosen language, and the main side's refusal (a missing clinic detail) is shown as it was said.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../../src/shared/contract/envelope';

const SESSION = '019ab3c2-0000-7000-8000-000000000001';
const calls: { channel: string; input: unknown }[] = [];
let documentData: Envelope<unknown>;

// The desktop app's bridge, as the preload exposes it: only the channels these controls use answer.
const bridge = {
  print: {
    documentData: vi.fn(async (input: unknown) => (calls.push({ channel: 'print:document-data', input }), documentData)),
    output: vi.fn(async (input: { output: string }) => {
      calls.push({ channel: 'print:output', input });
      return { ok: true, value: { record: { id: 'x' }, file: input.output === 'pdf' ? '/pdfs/Rivera_Ana.pdf' : null } };
    }),
  },
};
(globalThis as unknown as { window: { chairside: unknown } }).window.chairside = bridge;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { PrintActions } = await import('../../../../src/renderer/features/print');

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  calls.length = 0;
  documentData = { ok: true, value: { language: 'es', preferredLanguage: 'es' } };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function renderActions() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <PrintActions sessionId={SESSION} />
      </QueryClientProvider>,
    );
  });
  await vi.waitFor(() => expect(calls.some((c) => c.channel === 'print:document-data')).toBe(true));
}

const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button "${name}" among: ${[...container.querySelectorAll('button')].map((b) => b.textContent).join(', ')}`);
  return found;
};
const radio = (value: string) => container.querySelector<HTMLInputElement>(`input[type=radio][value=${value}]`)!;

describe('PrintActions in the desktop app', () => {
  it("selects the patient's preferred language and marks it", async () => {
    await renderActions();
    await vi.waitFor(() => expect(radio('es').checked).toBe(true));
    expect(radio('en').checked).toBe(false);
    expect(radio('es').parentElement!.textContent).toContain("(patient's preferred)");
  });

  it('prints the discharge sheet in one action with the preferred language', async () => {
    await renderActions();
    await vi.waitFor(() => expect(radio('es').checked).toBe(true));
    await act(async () => button('Print discharge sheet').click());
    await vi.waitFor(() => expect(container.textContent).toContain('Discharge sheet printed'));
    expect(calls.find((c) => c.channel === 'print:output')?.input).toEqual({ sessionId: SESSION, document: 'discharge', language: 'es', output: 'print' });
  });

  it('saves the session record as a PDF in English after the nurse switches the language', async () => {
    await renderActions();
    await vi.waitFor(() => expect(radio('es').checked).toBe(true));
    await act(async () => radio('en').click());
    expect(radio('en').checked).toBe(true);
    await act(async () => button('Save session record as PDF').click());
    await vi.waitFor(() => expect(container.textContent).toContain('Saved /pdfs/Rivera_Ana.pdf'));
    expect(calls.find((c) => c.channel === 'print:output')?.input).toEqual({ sessionId: SESSION, document: 'record', language: 'en', output: 'pdf' });
  });

  it('offers all three documents, each to print and to save as PDF', async () => {
    await renderActions();
    for (const name of ['discharge sheet', 'session record', 'downtime sheet']) {
      expect(button(`Print ${name}`)).toBeTruthy();
      expect(button(`Save ${name} as PDF`)).toBeTruthy();
    }
  });

  it("shows the main side's refusal naming the missing clinic detail", async () => {
    documentData = { ok: false, error: { code: 'conflict', message: 'Clinic phone is not set: enter it under Settings → Printing, then print again.' } };
    await renderActions();
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toMatch(/^Clinic phone is not set/));
  });
});
