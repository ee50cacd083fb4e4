import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC keeps decorator metadata (design:type) that type-graphql and TypeORM read.
const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: the one Node resolves for type-graphql and Apollo (graphql 16 has no
  // "exports" map, so Vite would otherwise pick its .mjs build and scalars would not match).
  resolve: { alias: { graphql: require.resolve('graphql') } },
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2023',
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
