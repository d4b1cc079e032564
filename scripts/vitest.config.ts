import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests call server code directly on purpose.
      'server-only': path.join(root, 'scripts', 'empty-module.ts'),
    },
  },
  test: {
    include: ['{lib,prisma,scripts,app,components}/**/*.test.ts'],
    exclude: ['node_modules', '.next', '.data'],
    testTimeout: 20_000,
    // Integration tests share one database and its newsroom settings; running files one at a time keeps them independent.
    fileParallelism: false,
    // One module registry for all files: each file re-importing Prisma, the NLP model and the word
    // vectors took half of the run (104 s → 51 s). A test that needs a fresh module resets it itself.
    isolate: false,
    hookTimeout: 60_000,
  },
});
