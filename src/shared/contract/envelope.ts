// The shape of every answer across the bridge, the error codes, and the channel definition helper.
import { z } from 'zod';

export const errorCodes = [
  'invalid_input', // the payload does not match the channel's schema, or a value is implausible
  'unknown_channel', // no such channel in the contract
  'untrusted_sender', // the caller is not the app's own window (IPC) or lacks the run's token (HTTP)
  'not_found', // a referenced record does not exist
  'conflict', // the request is valid but the record's current state forbids it (e.g. an illegal step)
  'rule_blocked', // a clinical rule refuses it until someone with authority overrides or acknowledges
  'unauthenticated', // nobody is signed in
  'forbidden', // the signed-in user's role may not do this
  'storage_full', // the disk is full: nothing was written
  'storage_error', // the database refused the write: nothing was written
  'internal', // an unexpected fault: nothing was written
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  field: z.string().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services and domain rules; the dispatcher turns it into `{ ok: false, error }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly request: Req;
  readonly response: Res;
  /** The error codes this channel may answer with, beyond the ones every channel may give. */
  readonly errors: readonly ErrorCode[];
  /** Who may call it; checked once by the dispatcher, never in each service. */
  readonly guard: ChannelGuard;
}

/** Secure by default: a channel needs a signed-in, unlocked user unless it says otherwise. */
export interface ChannelGuard {
  /** 'open': callable with nobody signed in or while locked (sign-in, the lock screen). Default 'signed-in'. */
  readonly access?: 'open' | 'signed-in';
  /** Only these roles may call it ('forbidden' otherwise). */
  readonly roles?: readonly ('nurse' | 'physician' | 'administrator')[];
  /** false for polling reads, so a screen refreshing itself does not keep the workstation from locking. Default true. */
  readonly activity?: boolean;
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(
  name: `${string}:${string}`,
  request: Req,
  response: Res,
  errors: readonly ErrorCode[] = [],
  guard: ChannelGuard = {},
): ChannelDef<Req, Res> {
  return { name, request, response, errors, guard };
}

export type RequestOf<C extends ChannelDef> = z.input<C['request']>;
export type ParsedRequestOf<C extends ChannelDef> = z.output<C['request']>;
export type ResponseOf<C extends ChannelDef> = z.output<C['response']>;
