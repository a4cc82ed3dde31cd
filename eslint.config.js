const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const prettier = require('eslint-config-prettier');

/**
 * Lints the whole workspace. Module boundaries keep the API and the SPA apart (api → backend|shared,
 * web → frontend|shared); the browser journeys may reach into the API's test harness, so they are
 * outside that rule.
 */
module.exports = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', 'libs/api-client/src/schema.ts', '**/output/**', 'bench/.data/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts', 'apps/web/src/**/*.{ts,tsx}', 'libs/*/src/**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // MUI 9 dropped system props: <Typography color="text.secondary"> typechecks but renders in the body colour.
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/\\./]', 'TemplateElement[value.raw=/\\./]'].map((value) => ({
          selector: `JSXOpeningElement[name.name=/^(Typography|Box|Stack)$/] > JSXAttribute[name.name='color'] ${value}`,
          message: "MUI 9 ignores a theme path in `color` here: use sx={{ color: 'text.secondary' }}.",
        })),
      ],
    },
  },
  // Features never import each other nor app/ (the app composes them; shared code lives in lib). From a
  // file `depth` folders below features/ (features/<name>/x.ts is 1), `depth` steps up reach it.
  ...[1, 2, 3].map((depth) => ({
    files: [`apps/web/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth}}(?!\\.\\./)`, message: 'Features never import each other: move what they share into lib.' },
            // The app composes features, so a feature reaching back into app/ would make a cycle.
            { regex: `^(\\.\\./){${depth + 1}}app(/|$)`, message: 'Features never import from app/: move what they need into lib.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
