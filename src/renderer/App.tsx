// The app frame: header (room board, patients, settings, dim mode), and the screen for the current route (hash
// routes, so a reload stays on the same screen). The room board is home.
import { lazy, Suspense } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { BoardScreen } from './features/board/BoardScreen';
import { PatientScreen } from './features/patients/PatientScreen';
import { PatientsScreen } from './features/patients/PatientsScreen';
import { ThemeToggle } from './features/theme/ThemeToggle';
import { AuthGate } from './features/auth/AuthGate';
import { ChangeSecretScreen } from './features/auth/ChangeSecretScreen';
import { AdminLink, UserBar } from './features/auth/UserBar';
import { StorageAlert } from './features/storage/StorageAlert';

// Loaded when first opened, so the sign-in screen and the room board come up without parsing the chart library,
// the print documents and their catalogues (the whole bundle was 2.5 MB).
const SessionScreen = lazy(() => import('./features/sessions/SessionScreen').then((m) => ({ default: m.SessionScreen })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const PrintRoute = lazy(() => import('./features/print').then((m) => ({ default: m.PrintRoute })));
const AdminScreen = lazy(() => import('./features/auth/AdminScreen').then((m) => ({ default: m.AdminScreen })));

export function App() {
  // Nobody sees or charts anything until someone signs in; the lock screen covers the app while locked.
  return (
    <>
    <StorageAlert />
    <AuthGate>
    <Router hook={useHashLocation}>
      <header className="app-header">
        <Link href="/" className="brand">Chairside</Link>
        <nav aria-label="Main">
          <Link href="/">Room board</Link>
          <Link href="/patients">Patients</Link>
          <Link href="/settings">Settings</Link>
          <AdminLink />
        </nav>
        <ThemeToggle />
        <UserBar />
      </header>
      <main className="app-main">
        <Suspense fallback={<p className="muted">Loading…</p>}>
        <Switch>
          <Route path="/patients/:id">{(params) => <PatientScreen patientId={params.id} />}</Route>
          <Route path="/patients">
            <PatientsScreen />
          </Route>
          <Route path="/sessions/:id">{(params) => <SessionScreen key={params.id} sessionId={params.id} />}</Route>
          <Route path="/print/:document/:sessionId/:language/:mode?">{(params) => <PrintRoute key={params.language} {...params} />}</Route>
          <Route path="/print/:document/:sessionId">{(params) => <PrintRoute {...params} />}</Route>
          <Route path="/admin">
            <AdminScreen />
          </Route>
          <Route path="/account">
            <ChangeSecretScreen />
          </Route>
          <Route path="/settings">
            <SettingsScreen />
          </Route>
          <Route path="/">
            <BoardScreen />
          </Route>
          <Route>
            <p className="form-error" role="alert">This screen does not exist. <Link href="/">Back to the room board</Link></p>
          </Route>
        </Switch>
        </Suspense>
      </main>
    </Router>
    </AuthGate>
    </>
  );
}
