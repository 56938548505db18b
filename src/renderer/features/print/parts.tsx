// Pieces shared by the printed documents: the clinic header and a labelled fact.
import type { PrintDocumentData } from '../../../shared/contract/print.contract';

export function ClinicHeader({ data, title, subtitle }: { readonly data: PrintDocumentData; readonly title: string; readonly subtitle?: string }) {
  return (
    <header className="print-head">
      <div className="print-head__clinic">
        <strong>{data.clinic.name}</strong>
        <span>{data.clinic.address}</span>
        <span>{data.clinic.phone}</span>
      </div>
      <div className="print-head__title">
        <h1>{title}</h1>
        {subtitle && <p>{subtitle}</p>}
      </div>
    </header>
  );
}

export function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="print-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
