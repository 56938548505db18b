// One timeline of every entry in clinical time order (late entries marked; addenda right after what they amend).
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { formatTime } from '../../components/format';
import { PaperTranscription } from './PaperTranscription';

export function Timeline({ chart }: { readonly chart: SessionChart }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <PaperTranscription chart={chart} />
      {chart.timeline.length === 0 ? (
        <p className="muted">Nothing charted yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {chart.timeline.map((e) => {
            return (
              <li key={e.id} className={e.amendsEntryId ? 'timeline__item timeline__item--addendum' : 'timeline__item'} data-kind={e.kind}>
                <time dateTime={e.recordedAt}>{formatTime(e.recordedAt)}</time>
                <span>
                  {e.summary}
                  {e.fromPaper ? <span className="badge-paper"> from paper</span> : null}
                  {e.lateEntry || e.fromPaper ? <span className="muted"> (charted {formatTime(e.createdAt)})</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
