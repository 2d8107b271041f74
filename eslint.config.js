import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Dependencies point inward (see architecture.md): each zone lists what it must not import. */
const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain is pure: it imports nothing outside src/domain.',
  },
  {
    target: './src/data',
    from: ['./src/ui', './src/state', './src/host', './src/app', './src/emulator', './src/export'],
    message: 'data depends only on domain.',
  },
  {
    target: './src/state',
    from: ['./src/ui', './src/host', './src/app', './src/emulator'],
    message: 'state depends on domain and the data port only.',
  },
  {
    target: './src/ui',
    from: ['./src/data', './src/host', './src/emulator', './src/app'],
    message: 'ui never imports data, host SDKs or the emulator: it gets them from app through props and stores.',
  },
  {
    target: './src/host',
    from: ['./src/ui', './src/state', './src/data', './src/emulator', './src/app'],
    message: 'host wraps teams-js and msal only.',
  },
  {
    target: './src/export',
    from: ['./src/ui', './src/state', './src/data', './src/host', './src/emulator', './src/app'],
    message: 'export builds files from domain data only.',
  },
  {
    target: './src/letter-text',
    from: ['./src/ui', './src/state', './src/data', './src/host', './src/emulator', './src/app'],
    message: 'letter-text only extracts text.',
  },
];

/** One wrapper per SDK: only its home folder may import it. */
const sdkRule = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(allowed === 'host'
          ? []
          : [
              {
                group: ['@microsoft/teams-js', '@azure/msal-browser'],
                message: 'Only src/host wraps teams-js and msal-browser.',
              },
            ]),
        ...(allowed === 'data'
          ? []
          : [{ group: ['@microsoft/microsoft-graph-client'], message: 'Only src/data talks to the Graph client.' }]),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'test-results', 'appPackage/build', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/host/**', 'src/data/**'], rules: sdkRule('none') },
  { files: ['src/host/**/*.{ts,tsx}'], rules: sdkRule('host') },
  { files: ['src/data/**/*.{ts,tsx}'], rules: sdkRule('data') },
  { files: ['src/emulator/**', 'src/cli/**', 'test/**', '*.js'], rules: { 'no-console': 'off' } },
);
