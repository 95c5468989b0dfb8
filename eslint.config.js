// ESLint: typescript-eslint's recommended rules (syntax only, no type information, so the tree lints in
// seconds) and the import boundaries of the house (docs/architecture.md, "Checks"). A boundary broken is an error.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;
const folders = (dir) =>
  readdirSync(`${root}/${dir}`, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

// Every pair (module, another module), read from the folders, so a new module is covered without editing this file.
const serverModules = folders('src/server/modules');
const webModules = folders('src/web/modules');

const zones = [
  {
    target: 'src/server/platform',
    from: ['src/server/modules', 'src/server/app.ts'],
    message: 'The platform knows no module: take what it needs from the manifest it is given.',
  },
  ...serverModules.flatMap((m) =>
    serverModules
      .filter((o) => o !== m)
      .map((o) => ({
        target: `src/server/modules/${m}`,
        from: `src/server/modules/${o}`,
        except: [`./${o}.module.ts`],
        message: `Another module only through its manifest: import ${o}.module.ts, not its files.`,
      })),
  ),
  {
    target: ['src/server/*.ts', 'src/server/db/*.ts'],
    from: 'src/server/modules',
    except: ['./registry.ts', ...serverModules.map((m) => `./${m}/${m}.module.ts`)],
    message: 'Outside the modules a module is known by its manifest (registry.ts lists them), not by its files.',
  },
  { target: 'src/shared', from: ['src/server', 'src/web'], message: 'src/shared is read by server and web alike and imports neither.' },
  { target: 'src/web', from: 'src/server', message: 'The web app talks to the server over HTTP (contracts in src/shared), never through its code.' },
  { target: 'src/server', from: 'src/web', message: 'The server imports no web code.' },
  { target: 'src/web/ui', from: ['src/web/modules', 'src/web/app'], message: 'Shared UI knows no module and not the shell: pass what it needs as props.' },
  ...webModules.flatMap((m) =>
    webModules
      .filter((o) => o !== m)
      .map((o) => ({
        target: `src/web/modules/${m}`,
        from: `src/web/modules/${o}`,
        message: `A web module imports no other web module (${o}): move what both use to src/web/ui or src/shared.`,
      })),
  ),
];

export default defineConfig(
  { ignores: ['dist/**', 'test-results/**', 'data/**', 'bench/out/**', 'scratch/**', 'node_modules/**', 'src/server/db/migrations/**', 'patches/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A path the resolver cannot follow would slip past the boundaries: so an unresolved import is an error here too.
      'import-x/no-unresolved': 'error',
      // Unused names are errors, except the deliberately ignored: `_x`, and the rest of a destructuring that drops keys.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // A module adds its permissions, messages, audit events and strings to the platform's interfaces by declaration
      // merging (`interface AuditEventTypes extends AuditDetailsOf<…> {}`): an interface with one `extends` is how that is written.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Off: the house strips control characters from file names and headers on purpose (platform/files), which is all it flags.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and benchmarks read JSON answers of any shape: `any` there is the honest type.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**'],
    rules: {
      // Climbing three folders is reaching into another area: say which with @shared/, @server/ or @web/.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./){3,}', message: 'Use the path alias (@shared/…, @server/…, @web/…) instead of climbing three folders.' }] },
      ],
    },
  },
);
