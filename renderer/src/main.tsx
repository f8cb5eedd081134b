import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreSession } from './state/startup';
import './styles.css';

const restored = restoreSession();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App restored={restored} />
  </StrictMode>,
);
