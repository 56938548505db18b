// The dose: what the physician ordered (mg/kg, weight basis, run time or intranasal devices) and the vial's lot
// and expiry; totals, volume and pump rate are computed on the main side and shown in the summary.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';

interface DoseValues {
  weightBasis: 'actual' | 'ideal';
  mgPerKg: string;
  concentrationMgPerMl: string;
  plannedRunMinutes: string;
  intranasalDevices: '2' | '3';
  lot: string;
  expiry: string;
}
const FIELDS = ['mgPerKg', 'concentrationMgPerMl', 'plannedRunMinutes', 'lot', 'expiry'] as const;

export function DoseSummary({ chart }: { readonly chart: SessionChart }) {
  const d = chart.dose;
  if (!d) return <p className="muted">No dose recorded yet.</p>;
  return (
    <dl className="facts facts--small" aria-label="Dose summary" data-testid="dose-summary">
      <div><dt>Total</dt><dd>{d.totalMg} mg</dd></div>
      {d.mgPerKg !== null ? <div><dt>Dose</dt><dd>{d.mgPerKg} mg/kg × {d.dosingWeightKg} kg ({d.weightBasis})</dd></div> : null}
      {d.volumeMl !== null ? <div><dt>Volume</dt><dd>{d.volumeMl} mL</dd></div> : null}
      {d.pumpRateMlPerH !== null ? <div><dt>Pump rate</dt><dd>{d.pumpRateMlPerH} mL/h</dd></div> : null}
      {d.intranasalDevices !== null ? <div><dt>Devices</dt><dd>{d.intranasalDevices} × 28 mg</dd></div> : null}
      <div><dt>Drug</dt><dd>{d.drug.name} · lot {d.drug.lot} · exp {d.drug.expiry}</dd></div>
      {d.use ? <div><dt>Given / wasted</dt><dd>{d.use.givenMg} / {d.use.wastedMg} mg</dd></div> : null}
    </dl>
  );
}

export function DoseForm({ chart }: { readonly chart: SessionChart }) {
  const recordDose = useCommand('recordDose');
  const markSaved = useMarkSaved();
  const intranasal = chart.session.route === 'intranasal';
  const form = useForm<DoseValues>({
    defaultValues: {
      weightBasis: chart.dose?.weightBasis ?? 'actual',
      mgPerKg: String(chart.dose?.mgPerKg ?? 0.5),
      concentrationMgPerMl: chart.dose?.concentrationMgPerMl ? String(chart.dose.concentrationMgPerMl) : '',
      plannedRunMinutes: String(chart.dose?.plannedRunMinutes ?? chart.infusion.plannedRunMinutes),
      intranasalDevices: chart.dose?.intranasalDevices === 3 ? '3' : '2',
      lot: chart.dose?.drug.lot ?? '',
      expiry: chart.dose?.drug.expiry ?? '',
    },
  });
  const { errors } = form.formState;
  const allowed = chart.actions.recordDose;

  const submit = form.handleSubmit(async (v) => {
    try {
      const drug = { lot: v.lot, expiry: v.expiry };
      const result = await recordDose.mutateAsync(
        intranasal
          ? { sessionId: chart.session.id, intranasalDevices: v.intranasalDevices === '3' ? 3 : 2, drug }
          : {
              sessionId: chart.session.id,
              weightBasis: v.weightBasis,
              mgPerKg: Number(v.mgPerKg),
              ...(v.concentrationMgPerMl ? { concentrationMgPerMl: Number(v.concentrationMgPerMl) } : {}),
              ...(chart.session.route === 'iv' ? { plannedRunMinutes: Number(v.plannedRunMinutes) } : {}),
              drug,
            },
      );
      markSaved(result.chart.now);
    } catch (error) {
      // "drug.lot" → lot, "drug.expiry" → expiry
      if (error instanceof ApiError && error.error.field?.startsWith('drug.')) {
        const name = error.error.field.slice(5) as 'lot' | 'expiry';
        if (name === 'lot' || name === 'expiry') {
          form.setError(name, { type: 'server', message: error.message }, { shouldFocus: true });
          return;
        }
      }
      showServerError(error, form.setError, FIELDS);
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="dose-heading" noValidate>
      <h2 id="dose-heading">Dose</h2>
      <DoseSummary chart={chart} />
      <fieldset className="plain" disabled={!allowed.allowed}>
        {intranasal ? (
          <Field label="Devices (28 mg each)" htmlFor="dose-devices">
            <select id="dose-devices" {...form.register('intranasalDevices')}>
              <option value="2">2 devices (56 mg)</option>
              <option value="3">3 devices (84 mg)</option>
            </select>
          </Field>
        ) : (
          <div className="form-row">
            <Field label="Dose (mg/kg)" htmlFor="dose-mgkg" error={errors.mgPerKg?.message}>
              <input id="dose-mgkg" inputMode="decimal" autoComplete="off" {...form.register('mgPerKg', { required: 'Enter the ordered mg/kg.' })} />
            </Field>
            <Field label="Weight basis" htmlFor="dose-basis">
              <select id="dose-basis" {...form.register('weightBasis')}>
                <option value="actual">Actual weight</option>
                <option value="ideal">Ideal weight</option>
              </select>
            </Field>
            <Field label="Concentration (mg/mL)" htmlFor="dose-conc" error={errors.concentrationMgPerMl?.message}>
              <input id="dose-conc" inputMode="decimal" autoComplete="off" {...form.register('concentrationMgPerMl')} />
            </Field>
            {chart.session.route === 'iv' ? (
              <Field label="Run time (min)" htmlFor="dose-run" error={errors.plannedRunMinutes?.message}>
                <input id="dose-run" inputMode="numeric" autoComplete="off" {...form.register('plannedRunMinutes')} />
              </Field>
            ) : null}
          </div>
        )}
        <div className="form-row">
          <Field label="Lot number" htmlFor="dose-lot" error={errors.lot?.message}>
            <input id="dose-lot" autoComplete="off" {...form.register('lot', { required: 'Enter the lot number.' })} />
          </Field>
          <Field label="Expiry" htmlFor="dose-expiry" error={errors.expiry?.message}>
            <input id="dose-expiry" type="date" {...form.register('expiry', { required: 'Enter the expiry date.' })} />
          </Field>
        </div>
      </fieldset>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!allowed.allowed || form.formState.isSubmitting}>
          {chart.dose ? 'Update dose' : 'Record dose'}
        </button>
        {!allowed.allowed ? <span className="action__reason">{allowed.reason}</span> : null}
      </div>
    </form>
  );
}
