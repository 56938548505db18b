// The patient's clinical profile for screening and dosing: sex and height (ideal weight), language, allergies, a
// dated heart attack or stroke, substance misuse, regular medications, emergency contact. Each save is a new version.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PatientProfile } from '../../../shared/contract/profile.contract';
import { useProfile, useRecordProfile } from '../../api/profile-queries';
import { Field } from '../../components/Field';
import { QueryState } from '../../components/QueryState';
import { SavedIndicator } from '../../components/SavedIndicator';
import { showServerError } from '../../components/server-errors';

interface ProfileValues {
  sex: '' | 'female' | 'male';
  heightCm: string;
  preferredLanguage: 'en' | 'es';
  ketamineHypersensitivity: boolean;
  otherAllergies: string;
  heartAttackOn: string;
  strokeOn: string;
  substanceMisuseHistory: boolean;
  medications: string;
  contactName: string;
  contactPhone: string;
}
const FIELDS = ['sex', 'heightCm', 'otherAllergies', 'heartAttackOn', 'strokeOn', 'medications', 'contactName', 'contactPhone'] as const;

export function ProfileForm({ patientId }: { readonly patientId: string }) {
  const profile = useProfile(patientId);
  return <QueryState query={profile}>{(p) => <ProfileEditor patientId={patientId} profile={p} />}</QueryState>;
}

const listOf = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

function ProfileEditor({ patientId, profile }: { readonly patientId: string; readonly profile: PatientProfile | null }) {
  const record = useRecordProfile();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<ProfileValues>({
    defaultValues: {
      sex: profile?.sex ?? '',
      heightCm: profile ? String(profile.heightCm) : '',
      preferredLanguage: profile?.preferredLanguage ?? 'en',
      ketamineHypersensitivity: profile?.allergies.ketamineHypersensitivity ?? false,
      otherAllergies: profile?.allergies.other.join(', ') ?? '',
      heartAttackOn: profile?.history.find((h) => h.condition === 'heart_attack')?.date ?? '',
      strokeOn: profile?.history.find((h) => h.condition === 'stroke')?.date ?? '',
      substanceMisuseHistory: profile?.substanceMisuseHistory ?? false,
      // One a line: "name" or "name, daily dose in mg".
      medications: profile?.medications.map((m) => (m.dailyDoseMg !== undefined ? `${m.name}, ${m.dailyDoseMg}` : m.name)).join('\n') ?? '',
      contactName: profile?.emergencyContact?.name ?? '',
      contactPhone: profile?.emergencyContact?.phone ?? '',
    },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    try {
      const saved = await record.mutateAsync({
        patientId,
        sex: v.sex as 'female' | 'male',
        heightCm: Number(v.heightCm),
        preferredLanguage: v.preferredLanguage,
        allergies: { ketamineHypersensitivity: v.ketamineHypersensitivity, other: listOf(v.otherAllergies) },
        history: [
          ...(v.heartAttackOn ? [{ condition: 'heart_attack' as const, date: v.heartAttackOn }] : []),
          ...(v.strokeOn ? [{ condition: 'stroke' as const, date: v.strokeOn }] : []),
        ],
        substanceMisuseHistory: v.substanceMisuseHistory,
        medications: v.medications
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name, dose] = line.split(',').map((s) => s.trim());
            return dose ? { name, dailyDoseMg: Number(dose) } : { name };
          }),
        ...(v.contactName || v.contactPhone ? { emergencyContact: { name: v.contactName, phone: v.contactPhone } } : {}),
      });
      setSavedAt(saved.recordedAt);
    } catch (error) {
      showServerError(error, form.setError, FIELDS);
    }
  });
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="profile-heading" noValidate>
      <h2 id="profile-heading">Clinical profile</h2>
      <div className="form-row form-row--3">
        <Field label="Sex (for ideal weight)" htmlFor="pf-sex" error={errors.sex?.message}>
          <select id="pf-sex" {...form.register('sex', { required: 'Choose female or male.' })}>
            <option value="">Choose…</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </select>
        </Field>
        <Field label="Height (cm)" htmlFor="pf-height" error={errors.heightCm?.message}>
          <input id="pf-height" inputMode="numeric" autoComplete="off" {...form.register('heightCm', { required: 'Enter the height.' })} />
        </Field>
        <Field label="Preferred language" htmlFor="pf-lang">
          <select id="pf-lang" {...form.register('preferredLanguage')}>
            <option value="en">English</option>
            <option value="es">Spanish</option>
          </select>
        </Field>
      </div>
      <label className="radio">
        <input type="checkbox" {...form.register('ketamineHypersensitivity')} /> Known hypersensitivity to ketamine
      </label>
      <Field label="Other allergies (comma-separated)" htmlFor="pf-allergies" error={errors.otherAllergies?.message}>
        <input id="pf-allergies" autoComplete="off" {...form.register('otherAllergies')} />
      </Field>
      <div className="form-row">
        <Field label="Heart attack on (date, if any)" htmlFor="pf-mi" error={errors.heartAttackOn?.message}>
          <input id="pf-mi" type="date" {...form.register('heartAttackOn')} />
        </Field>
        <Field label="Stroke on (date, if any)" htmlFor="pf-stroke" error={errors.strokeOn?.message}>
          <input id="pf-stroke" type="date" {...form.register('strokeOn')} />
        </Field>
      </div>
      <label className="radio">
        <input type="checkbox" {...form.register('substanceMisuseHistory')} /> History of alcohol or drug misuse
      </label>
      <Field label="Regular medications (one a line: name, daily dose in mg)" htmlFor="pf-meds" error={errors.medications?.message}>
        <textarea id="pf-meds" rows={3} {...form.register('medications')} />
      </Field>
      <div className="form-row">
        <Field label="Emergency contact" htmlFor="pf-contact" error={errors.contactName?.message}>
          <input id="pf-contact" autoComplete="off" {...form.register('contactName')} />
        </Field>
        <Field label="Emergency contact phone" htmlFor="pf-contact-phone" error={errors.contactPhone?.message}>
          <input id="pf-contact-phone" type="tel" autoComplete="off" {...form.register('contactPhone')} />
        </Field>
      </div>
      {profile?.medications.some((m) => m.drugClass !== 'other') ? (
        <ul className="list list--plain" aria-label="Medications that matter for screening">
          {profile.medications
            .filter((m) => m.drugClass !== 'other')
            .map((m) => (
              <li key={m.name} className="danger-text">
                {m.name}: {m.drugClass === 'benzodiazepine' ? 'benzodiazepine (hold rules apply)' : 'may block the response (physician acknowledges)'}
              </li>
            ))}
        </ul>
      ) : null}
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>Save profile</button>
        <SavedIndicator savedAt={savedAt} />
      </div>
    </form>
  );
}
