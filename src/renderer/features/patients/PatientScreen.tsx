// One patient's chart: who they are, their latest weight, their sessions, and opening a new session in a chair.
import { Link } from 'wouter';
import { usePatient, usePatientSessions } from '../../api/queries';
import { formatDate, formatDateTime } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { OpenSessionForm } from '../sessions/OpenSessionForm';
import { ROUTE_LABELS } from '../sessions/labels';
import { ProfileForm } from './ProfileForm';

export function PatientScreen({ patientId }: { readonly patientId: string }) {
  const patient = usePatient(patientId);
  const sessions = usePatientSessions(patientId);
  return (
    <QueryState query={patient}>
      {(p) => (
        <div className="stack">
          <section className="card patient-banner" aria-label="Patient">
            <h2>
              {p.familyName}, {p.givenName}
            </h2>
            <dl className="facts">
              <div><dt>Born</dt><dd>{formatDate(p.dateOfBirth)}</dd></div>
              <div><dt>MRN</dt><dd>{p.mrn ?? '—'}</dd></div>
              <div>
                <dt>Weight</dt>
                <dd data-testid="patient-weight">
                  {p.weight ? `${p.weight.kg} kg` : '—'}
                  {p.weight?.entered.unit === 'lb' ? ` (entered ${p.weight.entered.value} lb)` : ''}
                </dd>
              </div>
            </dl>
          </section>
          <div className="columns">
            <section className="card" aria-labelledby="sessions-heading">
              <h2 id="sessions-heading">Sessions</h2>
              <QueryState query={sessions}>
                {(list) =>
                  list.length === 0 ? (
                    <p className="muted">No sessions yet.</p>
                  ) : (
                    <ul className="list" aria-label="Sessions">
                      {list.map((s) => (
                        <li key={s.id}>
                          <Link href={`/sessions/${s.id}`} className="list__link">
                            <span className="list__title">Chair {s.chair} · {ROUTE_LABELS[s.route]}</span>
                            <span className="muted">planned {formatDateTime(s.plannedStart)}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )
                }
              </QueryState>
            </section>
            <div className="stack">
              <OpenSessionForm patientId={patientId} />
              <ProfileForm patientId={patientId} />
            </div>
          </div>
        </div>
      )}
    </QueryState>
  );
}
