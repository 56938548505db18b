// Administration: add staff, verify the audit trail (naming the first broken link), and read its latest rows.
import { useForm } from 'react-hook-form';
import { useState } from 'react';
import { Field } from '../../components/Field';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../components/format';
import { showServerError } from '../../components/server-errors';
import type { RoleName } from '../../../shared/contract/auth.contract';
import { useCreateUser, useRecentAudit, useVerifyAudit } from './auth-queries';
import { useCurrentUser } from './AuthGate';
import { SignInSettingsForm } from './SignInSettingsForm';

export function AdminScreen() {
  const user = useCurrentUser();
  if (user?.role !== 'administrator') return <p className="form-error" role="alert">Only an administrator can open this screen.</p>;
  return (
    <div className="columns">
      <div className="stack">
        <AddUserForm />
        <SignInSettingsForm />
      </div>
      <div className="stack">
        <AuditVerifyPanel />
        <RecentAudit />
      </div>
    </div>
  );
}

interface NewUserValues {
  displayName: string;
  initials: string;
  role: RoleName;
  secret: string;
}

function AddUserForm() {
  const create = useCreateUser();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<NewUserValues>({ defaultValues: { displayName: '', initials: '', role: 'nurse', secret: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      const made = await create.mutateAsync({ ...values, initials: values.initials || undefined });
      setAdded(`${made.displayName} (${made.role}) can now sign in.`);
      form.reset();
    } catch (error) {
      setAdded(null);
      showServerError(error, form.setError, ['displayName', 'initials', 'secret']);
    }
  });
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="add-user-heading" noValidate>
      <h2 id="add-user-heading">Add a user</h2>
      <Field label="Name" htmlFor="user-name" error={errors.displayName?.message}>
        <input id="user-name" autoComplete="off" {...form.register('displayName', { required: 'Enter a name.' })} />
      </Field>
      <div className="form-row">
        <Field label="Initials (optional)" htmlFor="user-initials" error={errors.initials?.message}>
          <input id="user-initials" autoComplete="off" maxLength={4} {...form.register('initials')} />
        </Field>
        <Field label="Role" htmlFor="user-role">
          <select id="user-role" {...form.register('role')}>
            <option value="nurse">Nurse</option>
            <option value="physician">Physician</option>
            <option value="administrator">Administrator</option>
          </select>
        </Field>
      </div>
      <Field
        label="First PIN or password"
        htmlFor="user-secret"
        hint="A PIN of 4 to 12 digits, or a password of 8 characters or more (administrators: at least 8)."
        error={errors.secret?.message}
      >
        <input id="user-secret" type="password" autoComplete="new-password" {...form.register('secret', { required: 'Enter a PIN or password.' })} />
      </Field>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          Add user
        </button>
        {added ? <p className="saved" role="status">{added}</p> : null}
      </div>
    </form>
  );
}

function AuditVerifyPanel() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <section className="card" aria-labelledby="audit-verify-heading">
      <h2 id="audit-verify-heading">Audit trail</h2>
      <p className="muted">Checks that every audit row links to the one before it and that every record is as it was written.</p>
      <button type="button" className="primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
        Verify the audit trail
      </button>
      <ErrorText error={verify.error} />
      {result ? (
        <div role="status" data-testid="audit-result" className={result.ok ? 'audit-result audit-result--ok' : 'audit-result audit-result--broken'}>
          {result.ok ? (
            <p>
              The trail holds: {result.rowsChecked} rows and {result.recordsChecked} records checked at {formatDateTime(result.checkedAt)}.
            </p>
          ) : (
            <>
              <p>
                <strong>Broken.</strong> First broken link:{' '}
                {result.firstBreak!.seq !== null ? `audit row ${result.firstBreak!.seq}` : `record ${result.firstBreak!.recordId}`} —{' '}
                {result.firstBreak!.problem}.
              </p>
              {result.breakCount > 1 ? <p>{result.breakCount - 1} further problem(s) follow it.</p> : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}

function RecentAudit() {
  const rows = useRecentAudit();
  return (
    <section className="card" aria-labelledby="audit-rows-heading">
      <h2 id="audit-rows-heading">Latest audit rows</h2>
      <QueryState query={rows}>
        {(list) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {list.map((row) => (
                <tr key={`${row.deviceId}-${row.seq}`}>
                  <td>{formatDateTime(row.at)}</td>
                  <td>{row.userName ?? row.userId}</td>
                  <td>{row.action.replace(/_/g, ' ')}</td>
                  <td>{row.recordTable ? `${row.recordTable} ${shortId(row.recordId)}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}

/** A record id's last six characters are enough to tell rows apart on screen; a setting key is shown whole. */
function shortId(id: string | null): string {
  if (!id) return '';
  return /^[0-9a-f-]{36}$/.test(id) ? `…${id.slice(-6)}` : id;
}
