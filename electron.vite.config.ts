// Builds the three parts: main (the Electron shell and the browser-mode server), the one-file sandboxed preload,
// and the React renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Pure-JS dependencies are bundled: loading date-fns' hundreds of CommonJS files cost ~300 ms of every start.
      // better-sqlite3 (a native addon) stays external.
      externalizeDeps: { exclude: ['date-fns', 'zod', 'kysely', 'uuid', 'lru-cache'] },
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), browser: resolve(__dirname, 'src/main/browser.ts') },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require anything but electron: bundle the contract and zod into one CJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Minified: Chromium parses a third of the bytes before the first screen (electron-vite leaves it unminified).
    build: { minify: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()],
  },
});
