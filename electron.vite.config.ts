// Bundles the Electron main process, the preload and the renderer (`npm run build`).
// The loopback host serves the very same out/renderer bundle.
// better-sqlite3 stays external: it is a native module, loaded at run time from the build
// made for Electron's ABI (see scripts/build-electron-sqlite.mjs and README "The desktop app").
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The store reads its numbered SQL migrations beside itself: copy them next to the bundle. */
const copyMigrations = (): Plugin => ({
  name: 'esg-copy-migrations',
  closeBundle() {
    cpSync(resolve('main/store/migrations'), resolve('out/main/migrations'), { recursive: true });
  },
});

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/electron/main.ts') }, external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('main/electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
