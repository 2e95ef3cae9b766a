import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { captureToken } from './api/client';
import { startCartAutosave } from './stores/cartAutosave';
import { restoreSession } from './stores/session';
import './styles.css';
import './touch.css';

// Before anything renders: take the door token out of the address bar.
captureToken();
// A reload keeps the person signed in while the engine still holds her session (stores/session.ts).
if (window.location.hash !== '#/display') {
  void restoreSession();
  // The cart in progress survives a reload or a crash of the window (stores/cartAutosave.ts).
  startCartAutosave();
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
