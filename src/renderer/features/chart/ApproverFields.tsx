// Who approves, at this moment: a user picked from the list and their PIN or password, typed by that person.
// Verified on the main side; never stored here beyond the form.
import { useQuery } from '@tanstack/react-query';
import type { UseFormRegister, FieldValues, Path } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { Field } from '../../components/Field';

export interface ApproverValues {
  approverId: string;
  approverSecret: string;
}

export function ApproverFields<T extends FieldValues & ApproverValues>({
  idPrefix,
  who,
  register,
  errors,
}: {
  readonly idPrefix: string;
  readonly who: string;
  readonly register: UseFormRegister<T>;
  readonly errors: { approverId?: { message?: string }; approverSecret?: { message?: string } };
}) {
  const users = useQuery({ queryKey: ['users-for-approval'], queryFn: () => unwrap(api.auth.listUsers({})) });
  return (
    <div className="form-row">
      <Field label={who} htmlFor={`${idPrefix}-approver`} error={errors.approverId?.message}>
        <select id={`${idPrefix}-approver`} {...register('approverId' as Path<T>, { required: `Choose the ${who.toLowerCase()}.` })}>
          <option value="">Choose…</option>
          {(users.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`${who}'s PIN or password`} htmlFor={`${idPrefix}-secret`} error={errors.approverSecret?.message}>
        <input id={`${idPrefix}-secret`} type="password" autoComplete="off" {...register('approverSecret' as Path<T>, { required: 'Enter the PIN or password.' })} />
      </Field>
    </div>
  );
}
