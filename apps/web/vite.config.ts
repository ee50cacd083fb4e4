import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // GraphiQL's modules carry React compiler directives that bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        playground: resolve(import.meta.dirname, 'playground.html'),
      },
    },
  },
  server: {
    // The invoice PDFs (GET /invoices/{id}.pdf, …/credit-note.pdf) are served by the API.
    proxy: { '/graphql': api, '/healthz': api, '^/invoices/.+\\.pdf$': api },
  },
});
