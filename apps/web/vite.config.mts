import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiClient = fileURLToPath(new URL('../../libs/api-client/src/index.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));

/** The API in development (`npm run start:api` or `nx serve api`); the SPA's own calls stay same-origin. */
const API = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  resolve: { alias: { '@corral/api-client': apiClient } },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/api': API, '/track': API, '/unsubscribe': API, '/preferences': API },
  },
  preview: { port: 4200 },
  // No source maps: served or shipped, they would publish the SPA's sources.
  build: { outDir, emptyOutDir: true, sourcemap: false },
});
