// The discharge panel's print controls: the language of the sheets (the patient's preferred by default) and, for
// each document, Print (and Save PDF in the desktop app). The desktop app prints in one action through the main
// side; a browser opens the print route, which uses the browser's print. Self-contained: needs only the session id.
import { useState } from 'react';
import { useLocation } from 'wouter';
import { printDocumentKinds, type PrintDocumentKind, type PrintLanguage, type PrintOutput } from '../../../shared/contract/print.contract';
import { isDesktopApp } from './host';
import { printT } from './i18n';
import { useOutputDocument, usePrintDocumentData } from './queries';

const LANGUAGES: readonly PrintLanguage[] = ['en', 'es'];

/** `documents`: which documents to offer (all three by default; e.g. only the downtime sheet beside check-in). */
export function PrintActions({ sessionId, documents = printDocumentKinds }: { readonly sessionId: string; readonly documents?: readonly PrintDocumentKind[] }) {
  // The controls speak the app's language (English); only the printed sheets switch.
  const t = printT('en');
  const desktop = isDesktopApp();
  const defaults = usePrintDocumentData(sessionId, 'discharge');
  const [chosen, setChosen] = useState<PrintLanguage | null>(null);
  // Nothing is chosen (and nothing can be printed) until the patient's language is known: a click in that first
  // instant must not print a sheet in the wrong language.
  const language: PrintLanguage | null = chosen ?? defaults.data?.language ?? (defaults.isError ? 'en' : null);
  const preferred = defaults.data?.preferredLanguage ?? null;
  const output = useOutputDocument();
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<string | null>(null);

  const run = (document: PrintDocumentKind, kind: PrintOutput) => {
    if (!language) return;
    setStatus(null);
    if (!desktop) {
      // The browser's own dialog prints (or saves a PDF); the print route records it as the dialog opens.
      navigate(`/print/${document}/${sessionId}/${language}/print`);
      return;
    }
    output.mutate(
      { sessionId, document, language, output: kind },
      {
        onSuccess: (result) => {
          const name = t(`document.${document}`);
          if (!result.record) setStatus(t('actions.cancelled'));
          else setStatus(result.file ? t('actions.saved', { file: result.file }) : t('actions.printed', { document: name }));
        },
      },
    );
  };

  const refusal = defaults.error?.message ?? output.error?.message ?? null;

  return (
    <section className="print-actions" aria-labelledby="print-actions-heading">
      <h3 id="print-actions-heading">{t('actions.heading')}</h3>
      <fieldset className="plain">
        <legend>{t('actions.language')}</legend>
        <div className="chips" role="radiogroup" aria-label={t('actions.language')}>
          {LANGUAGES.map((lng) => (
            <label key={lng} className="radio">
              <input type="radio" name={`print-language-${sessionId}`} value={lng} checked={language === lng} onChange={() => setChosen(lng)} />
              {printT(lng)('actions.languageName')}
              {preferred === lng && <span className="muted"> {t('actions.preferred')}</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="print-actions__buttons">
        {documents.map((document) => {
          const name = t(`document.${document}`);
          return (
            <div key={document} className="form-actions form-actions--wrap">
              <button type="button" disabled={output.isPending || !language} onClick={() => run(document, 'print')}>
                {t('actions.print', { document: name.toLowerCase() })}
              </button>
              {desktop && (
                <button type="button" disabled={output.isPending || !language} onClick={() => run(document, 'pdf')}>
                  {t('actions.savePdf', { document: name.toLowerCase() })}
                </button>
              )}
            </div>
          );
        })}
      </div>
      {output.isPending && <p role="status">{t('actions.working')}</p>}
      {status && (
        <p className="saved" role="status">
          {status}
        </p>
      )}
      {refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}
