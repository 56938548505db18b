// The discharge score (modified Aldrete), five items of 0-2; the total and whether it passes come from the main side.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';

const ITEMS = [
  { key: 'activity', label: 'Activity', words: ['moves no limbs', 'moves 2 limbs', 'moves 4 limbs'] },
  { key: 'respiration', label: 'Respiration', words: ['apnoeic', 'dyspnoea or limited', 'breathes deeply, coughs'] },
  { key: 'circulation', label: 'Circulation', words: ['BP ±50 % of baseline', 'BP ±20–50 %', 'BP ±20 % of baseline'] },
  { key: 'consciousness', label: 'Consciousness', words: ['not responding', 'arousable on calling', 'fully awake'] },
  { key: 'oxygenSaturation', label: 'Oxygen saturation', words: ['< 90 % with O2', '> 90 % with O2', '> 92 % on room air'] },
] as const;
type ItemKey = (typeof ITEMS)[number]['key'];
type Values = Record<ItemKey, '' | '0' | '1' | '2'>;

export function AssessmentForm({ chart }: { readonly chart: SessionChart }) {
  const record = useCommand('recordDischargeAssessment');
  const markSaved = useMarkSaved();
  const form = useForm<Values>({ defaultValues: { activity: '', respiration: '', circulation: '', consciousness: '', oxygenSaturation: '' } });
  const { errors } = form.formState;
  const a = chart.discharge.assessment;
  const submit = form.handleSubmit(async (v) => {
    const n = (x: string) => Number(x) as 0 | 1 | 2;
    try {
      const result = await record.mutateAsync({
        sessionId: chart.session.id,
        scale: 'aldrete',
        items: { activity: n(v.activity), respiration: n(v.respiration), circulation: n(v.circulation), consciousness: n(v.consciousness), oxygenSaturation: n(v.oxygenSaturation) },
      });
      markSaved(result.chart.now);
    } catch (error) {
      showServerError(error, form.setError, []);
    }
  });
  const allTwo = () => ITEMS.forEach((i) => form.setValue(i.key, '2', { shouldValidate: true }));
  const result = a ? (
    <p className={a.passes ? 'ok-text' : 'danger-text'} data-testid="assessment-result">
      Aldrete {a.total}/10 — {a.passes ? 'meets' : 'below'} the discharge score of {a.minScore}.
    </p>
  ) : null;
  // Once a passing score is on record the items fold away; the nurse can still score again.
  if (a?.passes) {
    return (
      <div className="subform">
        {result}
        <details>
          <summary>Score again</summary>
          {renderForm()}
        </details>
      </div>
    );
  }
  return (
    <>
      {result}
      {renderForm()}
    </>
  );

  function renderForm() {
    return (
    <form className="form subform" onSubmit={submit} aria-label="Discharge score" noValidate>
      {ITEMS.map((item) => (
        <fieldset key={item.key} className="score-item">
          <legend>{item.label}</legend>
          {item.words.map((word, score) => (
            <label key={score} className="radio">
              <input type="radio" value={String(score)} {...form.register(item.key, { required: `Score ${item.label.toLowerCase()}.` })} />
              {score} · {word}
            </label>
          ))}
          {errors[item.key] ? <span className="field__error" role="alert">{errors[item.key]?.message}</span> : null}
        </fieldset>
      ))}
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions form-actions--wrap">
        <button type="button" onClick={allTwo} disabled={!chart.actions.recordDischargeAssessment.allowed}>
          All items 2
        </button>
        <ActionButton action={chart.actions.recordDischargeAssessment} type="submit" className="primary" busy={form.formState.isSubmitting}>
          Record score
        </ActionButton>
      </div>
    </form>
    );
  }
}
