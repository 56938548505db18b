// Lint, including the layer boundaries (as VS Code and Signal enforce theirs): shared imports no side; the renderer
// never reaches main, db, Node or Electron; services never import Electron; migrations never import src/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'stream', 'util'];
const noImports = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/results.json', 'native/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: '.only would skip the rest of the suite.' },
        { object: 'it', property: 'only', message: '.only would skip the rest of the suite.' },
        { object: 'test', property: 'only', message: '.only would skip the rest of the suite.' },
        { object: 'describe', property: 'skip', message: 'A skipped test proves nothing: fix it or delete it.' },
        { object: 'it', property: 'skip', message: 'A skipped test proves nothing: fix it or delete it.' },
        { object: 'test', property: 'skip', message: 'A skipped test proves nothing: fix it or delete it.' },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': noImports(['**/main/**', '**/preload/**', '**/renderer/**', '**/db/**', 'electron', ...nodeBuiltins], 'shared/ is pure: no I/O and no side of the app.'),
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes through a Clock.' }],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': noImports(['**/main/**', '**/db/**', 'electron', 'better-sqlite3', 'kysely', ...nodeBuiltins], 'The renderer asks the main side through the typed API.'),
    },
  },
  {
    files: ['src/main/services/**', 'src/main/data/**', 'src/main/ipc/**', 'src/main/core.ts'],
    rules: { 'no-restricted-imports': noImports(['electron', '**/renderer/**'], 'Services and data run without Electron.') },
  },
  {
    files: ['db/migrations/**'],
    rules: {
      // Migrations are frozen in time: Kysely<any> is their contract with a schema that no longer exists.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': noImports(['**/src/**'], 'A migration must not change when app code does.'),
    },
  },
  {
    files: ['src/preload/**'],
    rules: { 'no-restricted-imports': noImports(['**/main/**', '**/renderer/**', ...nodeBuiltins], 'The preload is only the typed bridge.') },
  },
);
