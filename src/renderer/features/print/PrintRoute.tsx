// The print route (#/print/:document/:sessionId[/:language[/print]]): renders one document from the main side's read
// model (in the patient's preferred language when none is named) with print CSS on the clinic's paper size, and
// marks the page ready for the desktop app's hidden window or the harness. In a browser, a screen-only toolbar
// prints it with the browser's print and records that ("/print" at the end prints at once).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { printDocumentKinds, type PrintDocumentData, type PrintDocumentKind, type PrintLanguage } from '../../../shared/contract/print.contract';
import { DischargeSheet } from './DischargeSheet';
import { DowntimeSheet } from './DowntimeSheet';
import { printT } from './i18n';
import { recordPrint, usePrintDocumentData } from './queries';
import { SessionRecordSheet } from './SessionRecordSheet';
import './print.css';

const isDocument = (value: string): value is PrintDocumentKind => (printDocumentKinds as readonly string[]).includes(value);
const isLanguage = (value: string): value is PrintLanguage => value === 'en' || value === 'es';

export function PrintRoute(props: { readonly document: string; readonly sessionId: string; readonly language?: string; readonly mode?: string }) {
  if (!isDocument(props.document) || (props.language !== undefined && !isLanguage(props.language))) {
    return <PrintFailure message={printT('en')('actions.notFound')} />;
  }
  return <PrintPage document={props.document} sessionId={props.sessionId} language={props.language as PrintLanguage | undefined} autoPrint={props.mode === 'print'} />;
}

function PrintPage({ document: kind, sessionId, language: asked, autoPrint }: { document: PrintDocumentKind; sessionId: string; language?: PrintLanguage; autoPrint: boolean }) {
  const query = usePrintDocumentData(sessionId, kind, asked);
  const [printError, setPrintError] = useState<string | null>(null);
  const autoPrinted = useRef(false);
  // Ready only once the answer is fresh: a cached copy from an earlier visit may predate a setting or an entry.
  const data = query.isFetching ? undefined : query.data;
  const language = asked ?? query.data?.language ?? 'en';
  const t = useMemo(() => printT(language), [language]);

  // The readiness mark the hidden print window (and the harness) waits for; removed when the route is left.
  useEffect(() => {
    const root = window.document.documentElement;
    if (data) root.dataset.printState = 'ready';
    else if (query.error) {
      root.dataset.printState = 'error';
      root.dataset.printError = query.error.message;
    }
    return () => {
      delete root.dataset.printState;
      delete root.dataset.printError;
    };
  }, [data, query.error]);

  useEffect(() => {
    if (!data) return;
    const previous = window.document.title;
    window.document.title = `${t(`document.${kind}`)} — ${data.patient.familyName}, ${data.patient.givenName}`;
    return () => {
      window.document.title = previous;
    };
  }, [data, kind, t]);

  const print = async () => {
    setPrintError(null);
    try {
      await recordPrint({ sessionId, document: kind, language, output: 'print' });
      window.print();
    } catch (error) {
      setPrintError(error instanceof Error ? error.message : String(error));
    }
  };

  useEffect(() => {
    if (data && autoPrint && !autoPrinted.current) {
      autoPrinted.current = true;
      void print();
    }
  });

  if (query.error) return <PrintFailure message={query.error.message} sessionId={sessionId} />;
  if (!data) return <p className="print-toolbar" role="status">{t('actions.loading')}</p>;

  return (
    <div className="print-page">
      <style>{pageRule(data)}</style>
      <div className="print-toolbar">
        <Link href={`/sessions/${sessionId}`}>{t('actions.back')}</Link>
        <button type="button" className="primary" onClick={() => void print()}>
          {t('actions.toolbarPrint')}
        </button>
        {printError && (
          <p className="form-error" role="alert">
            {printError}
          </p>
        )}
      </div>
      {kind === 'discharge' && <DischargeSheet data={data} />}
      {kind === 'record' && <SessionRecordSheet data={data} />}
      {kind === 'downtime' && <DowntimeSheet data={data} />}
    </div>
  );
}

/** The clinic's paper size (setting) as the page rule, so Chromium, Electron and the browser all print on it. */
function pageRule(data: PrintDocumentData): string {
  return `@page { size: ${data.paperSize === 'a4' ? 'A4' : 'letter'} portrait; margin: 12mm 14mm; }`;
}

function PrintFailure({ message, sessionId }: { message: string; sessionId?: string }) {
  const t = printT('en');
  return (
    <div className="print-failure card">
      <p className="form-error" role="alert">
        {message}
      </p>
      <p className="form-actions">
        <Link href="/settings">{t('actions.openSettings')}</Link>
        {sessionId && <Link href={`/sessions/${sessionId}`}>{t('actions.back')}</Link>}
      </p>
    </div>
  );
}
