import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'docs/api/**', 'bench/.tmp/**', 'test/runtimes/**/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    // The CLI (src/cli/**) is a Node-only bin with its own build.
    ignores: ['src/testing/loopback.ts', 'src/core/transport/undici.ts', 'src/core/transport/platform.ts', 'src/cli/**'],
    rules: {
      // Only the Node transport and the loopback server may touch Node builtins: the rest runs on the edge.
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'undici'], message: 'Edge-safe code: no Node builtins or undici here.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
