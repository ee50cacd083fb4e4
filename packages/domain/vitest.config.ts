import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property tests run many cases; leave room for a loaded machine.
    testTimeout: 30_000,
  },
});
