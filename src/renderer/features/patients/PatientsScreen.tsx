// Find a patient by name or MRN, or register a new one (reached from the room board's "Check in a patient").
import { useState } from 'react';
import { Link } from 'wouter';
import { usePatients } from '../../api/queries';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { RegisterPatientForm } from './RegisterPatientForm';

export function PatientsScreen() {
  const [search, setSearch] = useState('');
  const patients = usePatients(search.trim());
  return (
    <div className="columns">
      <section className="card" aria-labelledby="patients-heading">
        <h2 id="patients-heading">Patients</h2>
        <label htmlFor="patient-search" className="visually-hidden">Find a patient</label>
        <input
          id="patient-search"
          type="search"
          placeholder="Find by name or MRN"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <QueryState query={patients}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{search ? 'No patient matches.' : 'No patients registered yet.'}</p>
            ) : (
              <ul className="list" aria-label="Patients">
                {list.map((patient) => (
                  <li key={patient.id}>
                    <Link href={`/patients/${patient.id}`} className="list__link">
                      <span className="list__title">
                        {patient.familyName}, {patient.givenName}
                      </span>
                      <span className="muted">
                        born {formatDate(patient.dateOfBirth)}
                        {patient.mrn ? ` · MRN ${patient.mrn}` : ''}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <RegisterPatientForm />
    </div>
  );
}
