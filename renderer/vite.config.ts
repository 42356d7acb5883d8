import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The renderer build, shared by electron-vite (the app) and `npm run build:renderer`
 * (the web host and the end-to-end tests), so both serve the very same bundle.
 */
export const rendererConfig = defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    // ANJIAN_RENDERER_DIR lets parallel test runs build into folders of their own.
    outDir: process.env.ANJIAN_RENDERER_DIR ?? resolve(import.meta.dirname, '..', 'out', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: resolve(import.meta.dirname, 'index.html') },
  },
});

export default rendererConfig;
