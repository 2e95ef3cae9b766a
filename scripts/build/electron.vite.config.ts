import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// Kept under scripts/build so the top level holds only what the design lists.
const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => `${root}${path}`;
// KARYA_OUT_DIR lets parallel builds (several people testing at once) keep apart.
const out = (path: string) => `${process.env.KARYA_OUT_DIR ?? at('out')}/${path}`;

/** The engine reads its numbered SQL migrations from disk next to the bundle that runs it. */
function copyMigrations(): Plugin {
  return {
    name: 'karya-copy-migrations',
    closeBundle() {
      cpSync(at('electron/core/db/migrations'), out('main/migrations'), { recursive: true });
    },
  };
}

export default defineConfig({
  main: {
    root,
    plugins: [copyMigrations()],
    build: {
      outDir: out('main'),
      rollupOptions: { input: { main: at('electron/main.ts') } },
    },
  },
  preload: {
    root,
    build: {
      outDir: out('preload'),
      // CommonJS so the preload runs under `sandbox: true`.
      rollupOptions: {
        input: { preload: at('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: out('renderer'),
      minify: true,
      rollupOptions: { input: at('renderer/index.html') },
    },
  },
});
