// One infusion session: who is in which chair, quick vitals entry, and every vitals set charted so far.
import { Link } from 'wouter';
import { usePatient, useSession, useSessionVitals } from '../../api/queries';
import { formatDateTime, formatTime } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ROUTE_LABELS } from './labels';
import { VitalsForm } from './VitalsForm';

export function SessionScreen({ sessionId }: { readonly sessionId: string }) {
  const session = useSession(sessionId);
  return (
    <QueryState query={session}>
      {(s) => (
        <div className="stack">
          <section className="card patient-banner" aria-label="Session">
            <PatientName patientId={s.patientId} />
            <dl className="facts">
              <div><dt>Chair</dt><dd data-testid="session-chair">{s.chair}</dd></div>
              <div><dt>Route</dt><dd>{ROUTE_LABELS[s.route]}</dd></div>
              <div><dt>Planned start</dt><dd>{formatDateTime(s.plannedStart)}</dd></div>
            </dl>
          </section>
          <VitalsForm sessionId={sessionId} />
          <VitalsTable sessionId={sessionId} />
        </div>
      )}
    </QueryState>
  );
}

function PatientName({ patientId }: { readonly patientId: string }) {
  const patient = usePatient(patientId);
  return (
    <h2>
      <Link href={`/patients/${patientId}`}>
        {patient.data ? `${patient.data.familyName}, ${patient.data.givenName}` : 'Patient'}
      </Link>
    </h2>
  );
}

function VitalsTable({ sessionId }: { readonly sessionId: string }) {
  const vitals = useSessionVitals(sessionId);
  return (
    <section className="card" aria-labelledby="vitals-table-heading">
      <h2 id="vitals-table-heading">Vital signs</h2>
      <QueryState query={vitals}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No vitals recorded yet.</p>
          ) : (
            <table className="table" aria-labelledby="vitals-table-heading">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">BP (mmHg)</th>
                  <th scope="col">HR (/min)</th>
                  <th scope="col">SpO2 (%)</th>
                  <th scope="col">RR (/min)</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.id}>
                    <td>{formatTime(v.recordedAt)}</td>
                    <td>{v.systolic}/{v.diastolic}</td>
                    <td>{v.heartRate}</td>
                    <td>{v.spo2}</td>
                    <td>{v.respiratoryRate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
