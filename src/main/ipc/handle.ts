// The one wrapper every channel goes through: sender check, schema parse, service call, error mapping.
// Whatever happens inside, the caller gets an envelope and the process stays up.
import type { z } from 'zod';
import { channelsByName, contract, type ChannelDef, type Contract } from '../../shared/contract';
import { DomainError, type AppError, type Envelope } from '../../shared/contract/envelope';
import type { Actor, ServiceContext, ServiceDeps } from '../services/context';

export type Handler<C extends ChannelDef> = (ctx: ServiceContext, input: z.output<C['request']>) => Promise<z.input<C['response']>>;

/** Mirrors the contract: the compiler refuses a table that leaves any channel without its handler. */
export type HandlerTable = {
  [D in keyof Contract]: { [M in keyof Contract[D]]: Contract[D][M] extends ChannelDef ? Handler<Contract[D][M]> : never };
};

/** What the transport vouches for about the caller; decided by the transport, checked here. */
export interface CallContext {
  readonly senderTrusted: boolean;
}

export type Dispatch = (channel: string, payload: unknown, call: CallContext) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  readonly deps: ServiceDeps;
  readonly handlers: HandlerTable;
  /**
   * The gate every call passes before its handler: answers with the signed-in user as the main side knows it, or
   * throws DomainError('unauthenticated' | 'forbidden') from the channel's guard (src/main/services/auth/authorize.ts).
   */
  readonly authorize: (channel: ChannelDef) => Promise<Actor>;
  readonly onUnexpected?: (channel: string, error: unknown) => void;
}

export function createDispatch(options: DispatchOptions): Dispatch {
  const byName = new Map<string, (ctx: ServiceContext, input: unknown) => Promise<unknown>>();
  for (const [domain, methods] of Object.entries(options.handlers)) {
    for (const [method, handler] of Object.entries(methods as Record<string, Handler<ChannelDef>>)) {
      const def = (contract as Record<string, Record<string, ChannelDef | undefined>>)[domain]?.[method];
      if (!def) throw new Error(`The handler table names ${domain}.${method}, which the contract does not have.`);
      byName.set(def.name, handler as (ctx: ServiceContext, input: unknown) => Promise<unknown>);
    }
  }

  return async (channelName, payload, call) => {
    const def = channelsByName.get(channelName);
    const handler = def && byName.get(channelName);
    if (!def || !handler) return fail({ code: 'unknown_channel', message: `There is no channel named "${String(channelName).slice(0, 80)}".` });
    if (!call.senderTrusted) return fail({ code: 'untrusted_sender', message: 'This caller is not the Chairside window.' });

    const parsed = def.request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.map(String).join('.');
      return fail({ code: 'invalid_input', message: readableIssue(issue, field), ...(field ? { field } : {}) });
    }
    try {
      // After the parse, so only a well-formed call counts as activity; before the handler, so nothing runs unchecked.
      const actor = await options.authorize(def);
      const value = await handler({ ...options.deps, actor }, parsed.data);
      return { ok: true, value: def.response.parse(value) };
    } catch (error) {
      return failWith(channelName, error);
    }
  };

  function failWith(channelName: string, error: unknown): Envelope<never> {
    const known = toAppError(error);
    if (known) return fail(known);
    options.onUnexpected?.(channelName, error);
    return fail({ code: 'internal', message: 'Something went wrong; nothing was saved. Try again, and tell support if it repeats.' });
  }
}

/** zod's default wording is for developers; a nurse reads "Systolic is required." */
function readableIssue(issue: z.core.$ZodIssue, field: string): string {
  const name = field ? humanize(field) : 'The request';
  if ((issue.code === 'invalid_type' && issue.input === undefined) || issue.message === 'Required.') return `${name} is required.`;
  if (issue.code === 'unrecognized_keys') return `Unexpected field(s): ${issue.keys.slice(0, 5).join(', ')}.`;
  if (issue.message.startsWith('Invalid input') || issue.message.startsWith('Invalid option')) return `${name} is not valid: ${issue.message}.`;
  return issue.message;
}

function humanize(field: string): string {
  const last = field.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? field;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error };
}

/** Domain refusals and the storage faults a nurse must hear about in plain words. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') {
      return { code: 'storage_full', message: 'The disk is full: this entry was NOT saved. Free space, then save again.' };
    }
    if (code.startsWith('SQLITE_READONLY')) {
      return { code: 'storage_error', message: 'The chart database is read-only: this entry was NOT saved.' };
    }
    return { code: 'storage_error', message: `The chart database refused the write (${code}): this entry was NOT saved.` };
  }
  return null;
}
