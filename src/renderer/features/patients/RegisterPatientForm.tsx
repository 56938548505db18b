// Registering a new patient: name, date of birth, optional MRN and today's weight (kg or lb).
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { useRegisterPatient } from '../../api/queries';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';

interface RegisterForm {
  familyName: string;
  givenName: string;
  dateOfBirth: string;
  mrn: string;
  weight: { value: string; unit: 'kg' | 'lb' };
}

const FIELDS = ['familyName', 'givenName', 'dateOfBirth', 'mrn', 'weight.value'] as const;

export function RegisterPatientForm() {
  const [, navigate] = useLocation();
  const register = useRegisterPatient();
  const form = useForm<RegisterForm>({ defaultValues: { weight: { value: '', unit: 'kg' } } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const patient = await register.mutateAsync({
        familyName: values.familyName,
        givenName: values.givenName,
        dateOfBirth: values.dateOfBirth,
        mrn: values.mrn || undefined,
        weight: { value: Number(values.weight.value), unit: values.weight.unit },
      });
      navigate(`/patients/${patient.id}`);
    } catch (error) {
      showServerError(error, form.setError, FIELDS);
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="register-heading" noValidate>
      <h2 id="register-heading">Register a patient</h2>
      <div className="form-row">
        <Field label="Family name" htmlFor="familyName" error={errors.familyName?.message}>
          <input id="familyName" autoComplete="off" {...form.register('familyName', { required: 'Family name is required.' })} />
        </Field>
        <Field label="Given name" htmlFor="givenName" error={errors.givenName?.message}>
          <input id="givenName" autoComplete="off" {...form.register('givenName', { required: 'Given name is required.' })} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Date of birth" htmlFor="dateOfBirth" error={errors.dateOfBirth?.message}>
          <input id="dateOfBirth" type="date" {...form.register('dateOfBirth', { required: 'Date of birth is required.' })} />
        </Field>
        <Field label="MRN (optional)" htmlFor="mrn" error={errors.mrn?.message}>
          <input id="mrn" autoComplete="off" {...form.register('mrn')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Weight" htmlFor="weight" error={errors.weight?.value?.message}>
          <input id="weight" inputMode="decimal" {...form.register('weight.value', { required: 'Weight is required for dosing.' })} />
        </Field>
        <Field label="Unit" htmlFor="weightUnit">
          <select id="weightUnit" {...form.register('weight.unit')}>
            <option value="kg">kg</option>
            <option value="lb">lb</option>
          </select>
        </Field>
      </div>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Register patient
      </button>
    </form>
  );
}
