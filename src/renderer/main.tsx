// Renderer entry: one query client (server state) around the app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyStoredTheme } from './features/theme/theme';
import './styles.css';

// Never retry a write; a failed read is retried once (the main side is local, so a failure is rarely transient).
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: false } } });

// Before the first paint, so a reload in the darkened room never flashes the light theme.
applyStoredTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
