import { defineConfig } from 'tsup';

/** Dual ESM/CommonJS build with declarations for both; `graphql` stays a dependency. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
});
