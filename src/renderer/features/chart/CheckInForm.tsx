// Check-in: today's weight, when the patient last ate and drank, the escort, and a medication taken today.
// Repeatable before the start (the screening is then run again).
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';
import { fromLocalInput, toLocalInput } from './time-input';

interface CheckInValues {
  weight: string;
  unit: 'kg' | 'lb';
  lastSolidFoodAt: string;
  lastClearLiquidAt: string;
  escortName: string;
  escortPhone: string;
  medicationName: string;
  medicationDailyDoseMg: string;
  medicationLastDoseAt: string;
}

const FIELDS = ['weight', 'lastSolidFoodAt', 'lastClearLiquidAt', 'escortName', 'escortPhone', 'medicationName'] as const;
// The contract's field paths ("weight.value", "escort.name") onto this form's fields.
const FIELD_MAP: Record<string, (typeof FIELDS)[number]> = {
  'weight.value': 'weight',
  weight: 'weight',
  lastSolidFoodAt: 'lastSolidFoodAt',
  lastClearLiquidAt: 'lastClearLiquidAt',
  'escort.name': 'escortName',
  'escort.phone': 'escortPhone',
  'medicationsToday.0.name': 'medicationName',
};

export function CheckInForm({ chart }: { readonly chart: SessionChart }) {
  const checkIn = useCommand('checkIn');
  const markSaved = useMarkSaved();
  const c = chart.checkIn;
  const form = useForm<CheckInValues>({
    defaultValues: {
      weight: c ? String(c.weightEntered.value) : '',
      unit: c?.weightEntered.unit ?? 'kg',
      lastSolidFoodAt: toLocalInput(c?.lastSolidFoodAt),
      lastClearLiquidAt: toLocalInput(c?.lastClearLiquidAt),
      escortName: c?.escort?.name ?? '',
      escortPhone: c?.escort?.phone ?? '',
      medicationName: '',
      medicationDailyDoseMg: '',
      medicationLastDoseAt: '',
    },
  });
  const { errors } = form.formState;
  const allowed = chart.actions.checkIn;

  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await checkIn.mutateAsync({
        sessionId: chart.session.id,
        weight: { value: Number(v.weight), unit: v.unit },
        lastSolidFoodAt: fromLocalInput(v.lastSolidFoodAt),
        lastClearLiquidAt: fromLocalInput(v.lastClearLiquidAt),
        ...(v.escortName || v.escortPhone ? { escort: { name: v.escortName, phone: v.escortPhone } } : {}),
        ...(v.medicationName
          ? {
              medicationsToday: [
                {
                  name: v.medicationName,
                  ...(v.medicationDailyDoseMg ? { dailyDoseMg: Number(v.medicationDailyDoseMg) } : {}),
                  ...(v.medicationLastDoseAt ? { lastDoseAt: fromLocalInput(v.medicationLastDoseAt) } : {}),
                },
              ],
            }
          : {}),
      });
      markSaved(result.chart.now);
    } catch (error) {
      const field = error instanceof ApiError ? error.error.field : undefined;
      const mapped = field ? FIELD_MAP[field] : undefined;
      if (mapped) form.setError(mapped, { type: 'server', message: (error as ApiError).message }, { shouldFocus: true });
      else showServerError(error, form.setError, FIELDS);
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="checkin-heading" noValidate>
      <h2 id="checkin-heading">Check-in</h2>
      <fieldset className="plain" disabled={!allowed.allowed}>
        <div className="form-row">
          <Field label="Weight today" htmlFor="ci-weight" error={errors.weight?.message}>
            <input id="ci-weight" inputMode="decimal" autoComplete="off" {...form.register('weight', { required: 'Enter today’s weight.' })} />
          </Field>
          <Field label="Weight unit" htmlFor="ci-unit">
            <select id="ci-unit" {...form.register('unit')}>
              <option value="kg">kg</option>
              <option value="lb">lb</option>
            </select>
          </Field>
        </div>
        <div className="form-row">
          <Field label="Last solid food" htmlFor="ci-solid" error={errors.lastSolidFoodAt?.message}>
            <input id="ci-solid" type="datetime-local" {...form.register('lastSolidFoodAt')} />
          </Field>
          <Field label="Last clear liquid" htmlFor="ci-liquid" error={errors.lastClearLiquidAt?.message}>
            <input id="ci-liquid" type="datetime-local" {...form.register('lastClearLiquidAt')} />
          </Field>
        </div>
        <div className="form-row">
          <Field label="Escort name" htmlFor="ci-escort" error={errors.escortName?.message}>
            <input id="ci-escort" autoComplete="off" {...form.register('escortName')} />
          </Field>
          <Field label="Escort phone" htmlFor="ci-escort-phone" error={errors.escortPhone?.message}>
            <input id="ci-escort-phone" type="tel" autoComplete="off" {...form.register('escortPhone')} />
          </Field>
        </div>
        <details>
          <summary>A medication taken today (optional)</summary>
          <div className="form-row form-row--3">
            <Field label="Medication" htmlFor="ci-med" error={errors.medicationName?.message}>
              <input id="ci-med" autoComplete="off" {...form.register('medicationName')} />
            </Field>
            <Field label="Daily dose (mg)" htmlFor="ci-med-dose">
              <input id="ci-med-dose" inputMode="decimal" {...form.register('medicationDailyDoseMg')} />
            </Field>
            <Field label="Last dose taken" htmlFor="ci-med-last">
              <input id="ci-med-last" type="datetime-local" {...form.register('medicationLastDoseAt')} />
            </Field>
          </div>
        </details>
      </fieldset>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!allowed.allowed || form.formState.isSubmitting} aria-describedby={allowed.allowed ? undefined : 'checkin-reason'}>
          {c ? 'Update check-in' : 'Check in'}
        </button>
        {!allowed.allowed ? <span id="checkin-reason" className="action__reason">{allowed.reason}</span> : null}
      </div>
    </form>
  );
}
