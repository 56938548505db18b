// datetime-local fields read and write the workstation's local time; the contract carries ISO instants.
import { format } from 'date-fns';

export const toLocalInput = (iso: string | number | null | undefined) => (iso == null ? '' : format(new Date(iso), "yyyy-MM-dd'T'HH:mm"));
export const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : undefined);
