import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The office's web page: a Vite build of its own (not an Electron target), into <out>/office-web,
// served by the office server under the same strict CSP as the till. It imports the till's kit,
// styles and language store by relative path (docs/research/office-app.md, section 4).
const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => `${root}${path}`;
// KARYA_OUT_DIR lets parallel builds (several people testing at once) keep apart.
const out = (path: string) => `${process.env.KARYA_OUT_DIR ?? at('out')}/${path}`;

export default defineConfig({
  root: at('office/web'),
  base: './',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  // Vite's cache stays apart from the till's renderer build.
  cacheDir: at('node_modules/.vite-office'),
  build: {
    outDir: out('office-web'),
    emptyOutDir: true,
    minify: true,
    // Fonts and images stay files, so the CSP needs no data: exception for them.
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
