import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../renderer/styles.css';
import './office.css';
import { App } from './App';
import { useSession } from './session';

void useSession.getState().refresh();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
