// The discharge sheet handed to the patient and the escort: clinic, patient, escort, nurse, the restrictions until
// the next morning, the benzodiazepine resume time, what is normal, warning signs, whom to call, the next visit.
// One page at Letter and at A4; every word comes from the catalogue of the sheet's language.
import type { PrintDocumentData } from '../../../shared/contract/print.contract';
import { sheetFormat } from './format';
import { printT } from './i18n';
import { ClinicHeader, Fact } from './parts';

export function DischargeSheet({ data }: { readonly data: PrintDocumentData }) {
  const t = printT(data.language);
  const fmt = sheetFormat(data.language, t);
  const benzo = data.benzodiazepine;
  const showBenzo = benzo.holdApplies && benzo.earliestResumeAt !== null && data.infusion.endedAt !== null;
  const benzoHours = showBenzo ? Math.round((Date.parse(benzo.earliestResumeAt!) - Date.parse(data.infusion.endedAt!)) / 3_600_000) : 0;
  const series = data.series.maintenance ? t('common.seriesMaintenance', data.series) : t('common.series', data.series);

  return (
    <article className="print-doc print-doc--discharge" lang={data.language} data-testid="print-document">
      <ClinicHeader data={data} title={t('discharge.title')} subtitle={t('discharge.subtitle')} />
      <dl className="print-facts">
        <Fact label={t('common.patient')} value={`${data.patient.givenName} ${data.patient.familyName}`} />
        <Fact label={t('common.dateOfBirth')} value={fmt.calendarDate(data.patient.dateOfBirth)} />
        <Fact label={t('common.date')} value={fmt.date(data.dischargedAt ?? data.generatedAt)} />
        <Fact label={t('discharge.dischargedAt')} value={data.dischargedAt ? fmt.time(data.dischargedAt) : t('discharge.notDischarged')} />
        <Fact label={t('common.escort')} value={data.escort?.name ?? t('common.notRecorded')} />
        <Fact label={t('common.nurse')} value={data.nurse.name} />
      </dl>

      <section className="print-box print-box--strong" aria-labelledby="restrictions">
        <h2 id="restrictions">{t('discharge.restrictionsTitle')}</h2>
        <ul>
          <li>{t('discharge.noDriving')}</li>
          <li>{t('discharge.noMachinery')}</li>
          <li>{t('discharge.noDecisions')}</li>
          <li>{data.escort ? t('discharge.escortDrives', { name: data.escort.name }) : t('discharge.escortDrivesUnnamed')}</li>
        </ul>
      </section>

      {showBenzo && (
        <section className="print-box print-box--strong" aria-labelledby="benzo">
          <h2 id="benzo">{t('discharge.benzoTitle', { drugs: benzo.drugs.join(', ') })}</h2>
          <p>{t('discharge.benzoResume', { time: fmt.time(benzo.earliestResumeAt!), date: fmt.date(benzo.earliestResumeAt!), hours: benzoHours })}</p>
        </section>
      )}

      <div className="print-cols">
        <section aria-labelledby="normal">
          <h2 id="normal">{t('discharge.normalTitle')}</h2>
          <ul>
            <li>{t('discharge.normal1')}</li>
            <li>{t('discharge.normal2')}</li>
            <li>{t('discharge.normal3')}</li>
            <li>{t('discharge.normal4')}</li>
          </ul>
        </section>
        <section aria-labelledby="warning">
          <h2 id="warning">{t('discharge.warningTitle')}</h2>
          <ul>
            <li>{t('discharge.warning1')}</li>
            <li>{t('discharge.warning2')}</li>
            <li>{t('discharge.warning3')}</li>
            <li>{t('discharge.warning4')}</li>
          </ul>
        </section>
      </div>

      <section className="print-box" aria-labelledby="call">
        <h2 id="call">{t('discharge.callTitle')}</h2>
        <ul className="print-call">
          <li>{t('discharge.callClinic', { name: data.clinic.name, phone: data.clinic.phone })}</li>
          <li>{t('discharge.callEmergency')}</li>
          <li>{t('discharge.callCrisis')}</li>
        </ul>
      </section>

      <section className="print-box" aria-labelledby="next">
        <h2 id="next">{t('discharge.nextTitle')}</h2>
        <p className="print-next">{data.nextAppointment ? t('discharge.next', { time: fmt.time(data.nextAppointment), date: fmt.date(data.nextAppointment) }) : t('discharge.noNext')}</p>
        <p>{series}</p>
      </section>

      <footer className="print-signatures">
        <div>
          <span className="print-line" />
          {t('discharge.signaturePatient')}
        </div>
        <div>
          <span className="print-line" />
          {t('discharge.signatureNurse')}: {data.nurse.name}
        </div>
      </footer>
      <p className="print-small">{t('common.printedAt', { dateTime: fmt.dateTime(data.generatedAt), name: data.printedBy.name })}</p>
    </article>
  );
}
