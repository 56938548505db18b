// The inputs the session chart is folded from: the session, its patient, its entries in write order, and settings.
import type { Route } from './session-types';
import type { EntryKind, EntryPayload } from './entries';
import type { SettingsValues } from '../contract/settings.contract';

export interface EntryBase {
  readonly id: string;
  readonly recordedAt: string;
  readonly createdAt: string;
  readonly authorUserId: string;
  readonly supersedesId: string | null;
  /** Write order on this workstation (SQLite rowid): the lifecycle follows it, not the wall clock. */
  readonly seq: number;
}

export type AnyEntry = { [K in EntryKind]: EntryBase & { readonly kind: K; readonly payload: EntryPayload<K> } }[EntryKind];
export type EntryOf<K extends EntryKind> = Extract<AnyEntry, { kind: K }>;

export interface SessionRecord {
  readonly session: { id: string; patientId: string; route: Route; plannedStart: string; openedAt: string };
  readonly patient: { id: string; familyName: string; givenName: string; dateOfBirth: string; mrn: string | null };
  /** The latest profile entry for the patient, or null. */
  readonly profile: EntryOf<'patient_profile'> | null;
  /** This session's entries in write order. */
  readonly entries: readonly AnyEntry[];
  /** The patient's sessions, for the series position. */
  readonly series: readonly { id: string; plannedStart: string; cancelled: boolean }[];
  readonly settings: SettingsValues;
  /** The session's calendar date in the clinic's time zone (YYYY-MM-DD), for the history rules. */
  readonly sessionDate: string;
}

export function entriesOfKind<K extends EntryKind>(entries: readonly AnyEntry[], kind: K): EntryOf<K>[] {
  return entries.filter((e): e is EntryOf<K> => e.kind === kind);
}

export function latestOfKind<K extends EntryKind>(entries: readonly AnyEntry[], kind: K): EntryOf<K> | null {
  return entriesOfKind(entries, kind).at(-1) ?? null;
}
