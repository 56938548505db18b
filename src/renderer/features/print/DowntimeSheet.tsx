// The downtime flowsheet printed at the start: pre-filled with the patient, chair, route, dose and the vitals due
// times, with blank cells to chart by hand if the workstation fails. What is copied back is charted as late entries.
import type { PrintDocumentData } from '../../../shared/contract/print.contract';
import { sheetFormat } from './format';
import { printT } from './i18n';
import { ClinicHeader, Fact } from './parts';

const EVENT_LINES = 8;
/** Spare rows for rechecks and extra sets between the due times. */
const SPARE_ROWS = 3;

export function DowntimeSheet({ data }: { readonly data: PrintDocumentData }) {
  const t = printT(data.language);
  const fmt = sheetFormat(data.language, t);
  const dose = data.dose;
  const doseText = dose
    ? `${dose.intranasalDevices ? t('record.doseIntranasal', { mg: dose.totalMg, devices: dose.intranasalDevices }) : t('record.doseValue', { mg: dose.totalMg, mgPerKg: dose.mgPerKg })}${
        dose.pumpRateMlPerH !== null ? ` — ${t('record.rateValue', { rate: dose.pumpRateMlPerH, volume: dose.volumeMl, concentration: dose.concentrationMgPerMl })}` : ''
      }`
    : t('common.notRecorded');

  return (
    <article className="print-doc print-doc--downtime" lang={data.language} data-testid="print-document">
      <ClinicHeader data={data} title={t('downtime.title')} subtitle={t('downtime.subtitle')} />
      <dl className="print-facts">
        <Fact label={t('common.patient')} value={`${data.patient.familyName}, ${data.patient.givenName}`} />
        <Fact label={t('common.dateOfBirth')} value={fmt.calendarDate(data.patient.dateOfBirth)} />
        <Fact label={t('common.mrn')} value={data.patient.mrn ?? t('common.notRecorded')} />
        <Fact label={t('common.chair')} value={String(data.session.chair)} />
        <Fact label={t('common.route')} value={t(`route.${data.session.route}`)} />
        <Fact label={t('record.plannedStart')} value={fmt.dateTime(data.session.plannedStart)} />
        <Fact label={t('record.totalDose')} value={doseText} />
        {dose && <Fact label={t('record.drug')} value={t('record.drugValue', { name: dose.drug.name, lot: dose.drug.lot, expiry: fmt.calendarDate(dose.drug.expiry) })} />}
        <Fact label={t('downtime.plannedRun')} value={t('downtime.plannedRunValue', { minutes: data.infusion.plannedRunMinutes })} />
        <Fact label={t('common.escort')} value={data.escort ? `${data.escort.name}${data.escort.phone ? `, ${data.escort.phone}` : ''}` : t('common.notRecorded')} />
      </dl>

      <p className="print-strong">
        {t('downtime.interval', {
          minutes: data.downtime.intervalMinutes,
          anchor: data.downtime.anchor === 'infusion_start' ? t('downtime.anchorStart') : t('downtime.anchorPlanned'),
        })}
      </p>
      <p>{t('downtime.startStop')}</p>

      <table className="print-table print-table--grid">
        <thead>
          <tr>
            <th>{t('downtime.due')}</th>
            <th>{t('downtime.actualTime')}</th>
            <th>{t('record.bp')}</th>
            <th>{t('record.hr')}</th>
            <th>{t('record.spo2')}</th>
            <th>{t('record.rr')}</th>
            <th>{t('downtime.dissociation')}</th>
            <th>{t('downtime.sedation')}</th>
            <th>{t('downtime.initials')}</th>
          </tr>
        </thead>
        <tbody>
          {data.downtime.dueTimes.map((due, i) => (
            <tr key={due}>
              <td className="print-due">
                {fmt.time(due)}
                {i === 0 && ` (${t('downtime.baseline')})`}
              </td>
              <td />
              <td />
              <td />
              <td />
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
          {Array.from({ length: SPARE_ROWS }, (_, i) => (
            <tr key={`spare-${i}`}>
              {Array.from({ length: 9 }, (_, c) => (
                <td key={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="events">
        <h2 id="events">{t('downtime.events')}</h2>
        {Array.from({ length: EVENT_LINES }, (_, i) => (
          <div key={i} className="print-writeline" />
        ))}
      </section>
      <p className="print-small">{t('downtime.lateEntries')}</p>
      <p className="print-small">{t('common.printedAt', { dateTime: fmt.dateTime(data.generatedAt), name: data.printedBy.name })}</p>
    </article>
  );
}
