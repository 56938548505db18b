// Renderer entry: one query client (server state) around the app.
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { storageStatusKey } from './features/storage/StorageAlert';
import { applyStoredTheme } from './features/theme/theme';
import './styles.css';

// Never retry a write; a failed read is retried once (the main side is local, so a failure is rarely transient).
// A refused save may mean the chart file was found damaged: the banner on every screen asks again at once.
const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1 }, mutations: { retry: false } },
  mutationCache: new MutationCache({ onError: () => void queryClient.invalidateQueries({ queryKey: storageStatusKey }) }),
});

// Before the first paint, so a reload in the darkened room never flashes the light theme.
applyStoredTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
