/// <reference types="vite/client" />
/** The app itself, loaded by the entry (main.tsx) once it has asked the host for the session. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setCommandChecks } from '../../shared/commands/check';
import { App } from './App';
import type { Prefetched } from './state/prefetch';
import { restoreSession } from './state/startup';
import './styles.css';

export function boot(early: Prefetched): void {
  // Validating every command's result is for development; a production editor saves (and the host validates) instead.
  setCommandChecks(import.meta.env.DEV);
  const restored = restoreSession(early);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App restored={restored} />
    </StrictMode>,
  );
}
