// How dates and times read on screen (date-fns): day first in words, so 03/04 is never ambiguous.
import { format, parseISO } from 'date-fns';

export const formatDate = (isoDate: string) => format(parseISO(isoDate), 'd MMM yyyy');
export const formatDateTime = (iso: string) => format(new Date(iso), 'd MMM yyyy, HH:mm');
export const formatTime = (iso: string) => format(new Date(iso), 'HH:mm');
export const toDateTimeLocal = (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm");
