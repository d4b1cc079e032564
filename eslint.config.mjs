import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'generated/**',
      '.data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS files (Next loads the cache handler with require) can only import with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pure folders run anywhere (browser worker, scripts, tests) and are given their data: no server code.
    files: [
      'lib/report/**',
      'lib/claimreview/**',
      'lib/feeds/**',
      'lib/claims/**',
      'lib/access-rules.ts',
      'lib/routes.ts',
      'lib/spans.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/server/*', '**/lib/server/*'],
              message:
                'Pure modules import nothing from lib/server; move the shared type beside the pure code.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
