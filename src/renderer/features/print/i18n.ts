// The printed documents' message catalogues (English, Spanish) in their own i18next instance, so switching the
// language of a sheet never changes the language of the rest of the app.
import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { PrintLanguage } from '../../../shared/contract/print.contract';
import en from './locales/en.json';
import es from './locales/es.json';

export const printI18n = i18next.createInstance();

void printI18n.use(initReactI18next).init({
  resources: { en: { print: en }, es: { print: es } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['print'],
  defaultNS: 'print',
  // The catalogues are bundled: initialise synchronously so the first render already has its words.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** A translate function fixed to one language (the sheet's), independent of the app's. */
export const printT = (language: PrintLanguage): TFunction => printI18n.getFixedT(language, 'print');
