// Lint, including the import zones of STYLE.md: shared/ is pure (no Node, Electron, DOM
// libraries or storage), renderer/ reaches only shared/, and only the shell files of main/
// may import electron. A wrong import fails CI instead of a review.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const heavyMain = ['better-sqlite3', 'docx', 'exceljs', 'electron', '@resvg/resvg-js'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'templates/**', '**/*.js', '!eslint.config.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware: an unawaited promise in the Node side silently skips work (an import that
    // never finished once shipped that way), so it is an error.
    files: ['main/**/*.ts', 'shared/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ runs anywhere: no Node built-ins.' },
          { group: heavyMain, message: 'shared/ is pure: storage, documents and Electron live in main/.' },
          { group: ['**/main/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ imports nothing from main/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer is untrusted and has no Node.' },
          { group: heavyMain, message: 'The renderer reaches the back end only through window.esg.' },
          { group: ['**/main/**'], message: 'renderer/ may import shared/ only.' },
        ],
      }],
    },
  },
  {
    // The module `electron` itself, not any path with an electron folder in it: tests load
    // the shell's pure modules (menu template, window placement) from main/electron/.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^electron(/.*)?$', message: 'Only main/electron/ imports electron: everything else runs in plain Node.' },
          { group: ['**/renderer/**'], message: 'main/ does not import the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts', 'bench/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^electron(/.*)?$', message: 'Only main/electron/ imports electron: everything else runs in plain Node.' },
          { group: ['**/renderer/**'], message: 'main/ does not import the renderer.' },
          { group: ['**/electron/*'], message: 'main/electron/ is the desktop shell: the CLI, host and services do not load it.' },
        ],
      }],
    },
  },
);
