// Dates and times on the printed sheets, in the sheet's language (date-fns locales; patterns from the catalogue).
import { format, parseISO } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import type { TFunction } from 'i18next';
import type { PrintLanguage } from '../../../shared/contract/print.contract';

const locales = { en: enUS, es } as const;

export interface SheetFormat {
  /** "Wednesday 25 November 2026" / "miércoles 25 de noviembre de 2026" */
  date(iso: string): string;
  /** A calendar date with no time ("1984-02-29"), without any time-zone shift. */
  calendarDate(ymd: string): string;
  time(iso: string): string;
  dateTime(iso: string): string;
  /** "20:40 on Wednesday 25 November 2026" */
  timeOnDate(iso: string): string;
}

export function sheetFormat(language: PrintLanguage, t: TFunction): SheetFormat {
  const locale = locales[language];
  const f = (iso: string | Date, key: string) => format(typeof iso === 'string' ? new Date(iso) : iso, t(key), { locale });
  return {
    date: (iso) => f(iso, 'format.date'),
    calendarDate: (ymd) => f(parseISO(ymd), 'format.shortDate'),
    time: (iso) => f(iso, 'format.time'),
    dateTime: (iso) => f(iso, 'format.dateTime'),
    timeOnDate: (iso) => t('format.timeOnDate', { time: f(iso, 'format.time'), date: f(iso, 'format.date') }),
  };
}
