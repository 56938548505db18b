// Every vitals set of the session as a table: the accessible twin of the trend chart.
import { useSessionVitals } from '../../api/queries';
import { formatTime } from '../../components/format';
import { QueryState } from '../../components/QueryState';

export function VitalsTable({ sessionId }: { readonly sessionId: string }) {
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
