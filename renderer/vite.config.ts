import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The renderer build, shared by electron-vite (the app) and `npm run build:renderer`
 * (the web host and the end-to-end tests), so both serve the very same bundle.
 */
// import.meta.url, not import.meta.dirname: Vite rewrites the former when it bundles this file into
// electron.vite.config.ts, so paths stay relative to renderer/ in both builds.
const here = fileURLToPath(new URL('.', import.meta.url));

export const rendererConfig = defineConfig({
  root: resolve(here),
  base: './',
  plugins: [react()],
  build: {
    // ANJIAN_RENDERER_DIR lets parallel test runs build into folders of their own.
    outDir: process.env.ANJIAN_RENDERER_DIR ?? resolve(here, '..', 'out', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: resolve(here, 'index.html') },
  },
});

export default rendererConfig;
