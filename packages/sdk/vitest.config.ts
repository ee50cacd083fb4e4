import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The client against scripted fetches, the money helpers, the generated operations.
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // The SDK, its examples and outside consumers against the real API on real PostgreSQL.
      {
        // The examples import the package by name, as a consumer would.
        resolve: {
          alias: { '@billing/sdk': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
        },
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
