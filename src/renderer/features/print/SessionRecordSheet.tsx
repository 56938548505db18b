// The session record for the paper chart: patient, route, dose and weight basis, drug lot and expiry, waste and
// witness, start/stop/rest times, the vitals table, observations and interventions, overrides, the discharge
// score, signature, addenda and the copies printed so far.
import type { PrintDocumentData } from '../../../shared/contract/print.contract';
import { sheetFormat } from './format';
import { printT } from './i18n';
import { ClinicHeader, Fact } from './parts';

export function SessionRecordSheet({ data }: { readonly data: PrintDocumentData }) {
  const t = printT(data.language);
  const fmt = sheetFormat(data.language, t);
  const at = (iso: string | null) => (iso ? fmt.dateTime(iso) : t('common.notRecorded'));
  const dose = data.dose;
  const none = <p className="print-muted">{t('common.none')}</p>;

  return (
    <article className="print-doc print-doc--record" lang={data.language} data-testid="print-document">
      <ClinicHeader data={data} title={t('record.title')} />
      <dl className="print-facts">
        <Fact label={t('common.patient')} value={`${data.patient.familyName}, ${data.patient.givenName}`} />
        <Fact label={t('common.dateOfBirth')} value={fmt.calendarDate(data.patient.dateOfBirth)} />
        <Fact label={t('common.mrn')} value={data.patient.mrn ?? t('common.notRecorded')} />
        <Fact label={t('record.plannedStart')} value={fmt.dateTime(data.session.plannedStart)} />
        <Fact label={t('common.chair')} value={String(data.session.chair)} />
        <Fact label={t('common.route')} value={t(`route.${data.session.route}`)} />
        <Fact label={t('record.orderingPhysician')} value={data.session.orderingPhysician ?? t('common.notRecorded')} />
        <Fact label={t('record.session')} value={data.series.maintenance ? t('common.seriesMaintenance', data.series) : t('record.seriesValue', data.series)} />
      </dl>

      <section aria-labelledby="dose">
        <h2 id="dose">{t('record.dose')}</h2>
        {dose ? (
          <dl className="print-facts print-facts--rows">
            <Fact label={t('record.weight')} value={data.weightKg !== null ? `${data.weightKg} kg` : t('common.notRecorded')} />
            {dose.weightBasis && (
              <Fact label={t('record.weightBasis')} value={t('record.weightBasisValue', { basis: t(`record.${dose.weightBasis}`), kg: dose.dosingWeightKg })} />
            )}
            <Fact
              label={t('record.totalDose')}
              value={dose.intranasalDevices ? t('record.doseIntranasal', { mg: dose.totalMg, devices: dose.intranasalDevices }) : t('record.doseValue', { mg: dose.totalMg, mgPerKg: dose.mgPerKg })}
            />
            {dose.pumpRateMlPerH !== null && (
              <Fact label={t('record.rate')} value={t('record.rateValue', { rate: dose.pumpRateMlPerH, volume: dose.volumeMl, concentration: dose.concentrationMgPerMl })} />
            )}
            <Fact label={t('record.drug')} value={t('record.drugValue', { name: dose.drug.name, lot: dose.drug.lot, expiry: fmt.calendarDate(dose.drug.expiry) })} />
            <Fact
              label={t('record.waste')}
              value={
                dose.use
                  ? `${t('record.wasteValue', { given: dose.use.givenMg, wasted: dose.use.wastedMg })}${dose.use.witnessName ? `, ${t('record.witness', { name: dose.use.witnessName })}` : ''}`
                  : t('common.notRecorded')
              }
            />
          </dl>
        ) : (
          none
        )}
      </section>

      <section aria-labelledby="times">
        <h2 id="times">{t('record.times')}</h2>
        <dl className="print-facts print-facts--rows">
          <Fact label={t('record.started')} value={at(data.infusion.startedAt)} />
          <Fact label={t('record.ended')} value={at(data.infusion.endedAt)} />
          <Fact label={t('record.runTime')} value={data.infusion.runMinutes !== null ? t('record.runMinutes', { minutes: data.infusion.runMinutes, planned: data.infusion.plannedRunMinutes }) : t('common.notRecorded')} />
          {data.infusion.runTimeReason && <Fact label={t('record.runTimeReason')} value={data.infusion.runTimeReason} />}
          {data.infusion.pauses.length > 0 && (
            <Fact label={t('record.pauses')} value={data.infusion.pauses.map((p) => `${fmt.time(p.from)}–${p.to ? fmt.time(p.to) : '…'} (${p.reason})`).join('; ')} />
          )}
          <Fact label={t('record.restStarted')} value={at(data.rest.startedAt)} />
          <Fact label={t('record.earliestDischarge')} value={at(data.rest.earliestDischargeAt)} />
        </dl>
      </section>

      <section aria-labelledby="vitals">
        <h2 id="vitals">{t('record.vitals')}</h2>
        {data.vitals.length === 0 ? (
          none
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th>{t('record.time')}</th>
                <th>{t('record.bp')}</th>
                <th>{t('record.hr')}</th>
                <th>{t('record.spo2')}</th>
                <th>{t('record.rr')}</th>
                <th>{t('record.temp')}</th>
                <th>{t('record.by')}</th>
              </tr>
            </thead>
            <tbody>
              {data.vitals.map((v) => (
                <tr key={v.id}>
                  <td>
                    {fmt.time(v.recordedAt)}
                    {v.fromPaper ? <em> ({t('record.fromPaper')})</em> : v.lateEntry && <em> ({t('record.late')})</em>}
                  </td>
                  <td>
                    {v.systolic}/{v.diastolic}
                  </td>
                  <td>{v.heartRate}</td>
                  <td>{v.spo2}</td>
                  <td>{v.respiratoryRate}</td>
                  <td>{v.temperatureC ?? '—'}</td>
                  <td>{v.byName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="observations">
        <h2 id="observations">{t('record.observations')}</h2>
        {data.observations.length === 0 ? (
          none
        ) : (
          <ul className="print-list">
            {data.observations.map((o) => (
              <li key={o.id}>
                <time>{fmt.time(o.recordedAt)}</time> {o.summary} — {o.byName}
                {o.fromPaper ? <em> ({t('record.fromPaper')})</em> : o.lateEntry && <em> ({t('record.late')})</em>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overrides">
        <h2 id="overrides">{t('record.overrides')}</h2>
        {data.overrides.length === 0 ? (
          none
        ) : (
          <ul className="print-list">
            {data.overrides.map((o, i) => (
              <li key={i}>{t('record.overrideValue', { what: o.what, decision: o.decision, name: o.approverName, reason: o.reason })}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="discharge">
        <h2 id="discharge">{t('record.discharge')}</h2>
        <dl className="print-facts print-facts--rows">
          <Fact
            label={t('record.score')}
            value={
              data.dischargeAssessment
                ? t('record.scoreValue', { scale: t(`record.${data.dischargeAssessment.scale}`), total: data.dischargeAssessment.total, min: data.dischargeAssessment.minScore })
                : t('common.notRecorded')
            }
          />
          <Fact label={t('common.escort')} value={data.escort?.name ?? t('common.notRecorded')} />
          <Fact label={t('discharge.dischargedAt')} value={at(data.dischargedAt)} />
          <Fact label={t('record.nextAppointment')} value={at(data.nextAppointment)} />
          {data.benzodiazepine.earliestResumeAt && <Fact label={t('record.benzo')} value={fmt.dateTime(data.benzodiazepine.earliestResumeAt)} />}
        </dl>
      </section>

      <section aria-labelledby="signature">
        <h2 id="signature">{t('record.signature')}</h2>
        <p>
          {data.signature
            ? t('record.signedValue', { name: data.signature.signedByName, meaning: data.signature.meaning, dateTime: fmt.dateTime(data.signature.signedAt) })
            : t('record.notSigned')}
        </p>
      </section>

      {data.addenda.length > 0 && (
        <section aria-labelledby="addenda">
          <h2 id="addenda">{t('record.addenda')}</h2>
          <ul className="print-list">
            {data.addenda.map((a) => (
              <li key={a.id}>{t('record.addendumValue', { dateTime: fmt.dateTime(a.at), name: a.byName, text: a.text, reason: a.reason })}</li>
            ))}
          </ul>
        </section>
      )}

      {data.prints.length > 0 && (
        <section aria-labelledby="prints">
          <h2 id="prints">{t('record.prints')}</h2>
          <ul className="print-list">
            {data.prints.map((p) => (
              <li key={p.id}>
                {t('record.printValue', {
                  document: t(`document.${p.document}`),
                  language: t(`language.${p.language}`),
                  output: t(`output.${p.output}`),
                  dateTime: fmt.dateTime(p.at),
                  name: p.byName,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="print-small">{t('common.printedAt', { dateTime: fmt.dateTime(data.generatedAt), name: data.printedBy.name })}</p>
    </article>
  );
}
