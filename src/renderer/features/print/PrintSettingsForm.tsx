// The clinic's print settings (name, address, phone, paper size, silent printing, PDF folder), for the settings
// screen; says which clinic detail is still missing, since printing is refused until all are set.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import type { PaperSize, PrintSettings } from '../../../shared/contract/print.contract';
import { api, ApiError, unwrap } from '../../api/client';
import { printT } from './i18n';

const settingsKey = ['print-settings'] as const;

export function PrintSettingsForm() {
  const t = printT('en');
  const client = useQueryClient();
  const view = useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.printSettings.get({})) });
  const [draft, setDraft] = useState<PrintSettings | null>(null);
  useEffect(() => {
    if (view.data && !draft) setDraft(view.data.values);
  }, [view.data, draft]);
  const save = useMutation({
    mutationFn: (changes: PrintSettings) => unwrap(api.printSettings.update({ changes })),
    onSuccess: (next) => {
      client.setQueryData(settingsKey, next);
      void client.invalidateQueries({ queryKey: ['print-document'] });
    },
  });
  if (!draft) return view.error ? <p className="form-error" role="alert">{view.error.message}</p> : null;

  const set = <K extends keyof PrintSettings>(key: K, value: PrintSettings[K]) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  const fieldError = save.error instanceof ApiError ? save.error.error : null;
  const missing = (save.data ?? view.data)?.missing ?? [];

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="print-settings-heading">
      <h2 id="print-settings-heading">{t('settings.heading')}</h2>
      {missing.length > 0 && <p className="danger-text">{t('settings.missing', { list: missing.join(', ') })}</p>}
      {(['clinicName', 'clinicAddress', 'clinicPhone', 'pdfFolder', 'chairNames'] as const).map((key) => (
        <div key={key} className="field">
          <label htmlFor={`print-${key}`}>{t(`settings.${key}`)}</label>
          <input id={`print-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="print-paperSize">{t('settings.paperSize')}</label>
        <select id="print-paperSize" value={draft.paperSize} onChange={(e) => set('paperSize', e.target.value as PaperSize)}>
          <option value="letter">{t('settings.letter')}</option>
          <option value="a4">{t('settings.a4')}</option>
        </select>
      </div>
      <label className="radio">
        <input type="checkbox" checked={draft.silentPrint} onChange={(e) => set('silentPrint', e.target.checked)} />
        {t('settings.silentPrint')}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('settings.save')}
        </button>
        {save.isSuccess && <p className="saved">{t('settings.saved')}</p>}
        {fieldError && (
          <p className="form-error" role="alert">
            {fieldError.message}
          </p>
        )}
      </div>
    </form>
  );
}
