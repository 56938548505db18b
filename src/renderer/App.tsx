// The app frame: header, and the screen for the current route (hash routes, so a reload stays on the same screen).
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { PatientScreen } from './features/patients/PatientScreen';
import { PatientsScreen } from './features/patients/PatientsScreen';
import { SessionScreen } from './features/sessions/SessionScreen';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <Link href="/" className="brand">Chairside</Link>
        <nav aria-label="Main">
          <Link href="/">Patients</Link>
        </nav>
      </header>
      <main className="app-main">
        <Switch>
          <Route path="/patients/:id">{(params) => <PatientScreen patientId={params.id} />}</Route>
          <Route path="/sessions/:id">{(params) => <SessionScreen sessionId={params.id} />}</Route>
          <Route path="/">
            <PatientsScreen />
          </Route>
          <Route>
            <p className="form-error" role="alert">This screen does not exist. <Link href="/">Back to patients</Link></p>
          </Route>
        </Switch>
      </main>
    </Router>
  );
}
