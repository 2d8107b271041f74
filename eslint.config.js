import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependencies point inward (README, "Layout"). For each folder of src: the sibling folders its
 * files must not import (checked on the resolved path, however the import is written), and whether
 * it may use the Teams/MSAL or Graph SDKs.
 */
const LAYERS = {
  domain: {
    forbid: ['data', 'ui', 'state', 'host', 'emulator', 'app', 'export', 'letter-text', 'cli'],
    why: 'domain is pure: it imports nothing outside src/domain.',
  },
  data: {
    forbid: ['ui', 'state', 'host', 'app', 'emulator', 'export', 'letter-text'],
    why: 'data depends only on domain.',
    graph: true,
  },
  state: {
    forbid: ['ui', 'host', 'app', 'emulator'],
    why: 'state depends on domain, the data ports, and the export and letter-text builders it loads.',
  },
  ui: {
    forbid: ['data', 'host', 'emulator', 'app'],
    why: 'ui never imports data, host SDKs or the emulator: it gets them from app through services.',
  },
  host: {
    forbid: ['ui', 'state', 'data', 'emulator', 'app'],
    why: 'host wraps teams-js and msal only.',
    hostSdks: true,
  },
  export: {
    forbid: ['ui', 'state', 'data', 'host', 'emulator', 'app'],
    why: 'export builds files from domain data only.',
  },
  'letter-text': { forbid: ['ui', 'state', 'data', 'host', 'emulator', 'app'], why: 'letter-text only extracts text.' },
  emulator: {
    forbid: ['ui', 'state', 'host', 'app'],
    why: 'the emulator is a Node service: it shares only domain and the list schema.',
  },
  app: { forbid: [], why: '' },
  cli: { forbid: ['ui', 'state', 'host', 'app'], why: 'command-line tools stay in Node.' },
};

/** What state may take from src/data: the ports and the error type they speak, never an adapter. */
const DATA_PORTS = ['plan-store.port.ts', 'site-setup.port.ts', 'notification.port.ts', 'store-error.ts'];

const layerZones = Object.entries(LAYERS).flatMap(([folder, layer]) =>
  layer.forbid.map((sibling) => ({ target: `./src/${folder}`, from: `./src/${sibling}`, message: layer.why })),
);
const stateZone = {
  target: './src/state',
  from: './src/data',
  except: DATA_PORTS.map((f) => `./${f}`),
  message: 'state uses only the data ports and store-error, never an adapter.',
};

/**
 * Pairs of src/ui folders that import neither way: a module in src/ui composes them
 * (plan-screens.tsx gives the plan page its settings view).
 */
const UI_APART = [['plan', 'settings']];
const uiZones = UI_APART.flatMap(([a, b]) => [
  { target: `./src/ui/${a}`, from: `./src/ui/${b}`, message: `ui/${a} and ui/${b} stay apart: src/ui composes them.` },
  { target: `./src/ui/${b}`, from: `./src/ui/${a}`, message: `ui/${a} and ui/${b} stay apart: src/ui composes them.` },
]);

const HOST_SDKS = {
  group: ['@microsoft/teams-js', '@microsoft/teams-js/*', '@azure/msal-browser', '@azure/msal-browser/*'],
  message: 'Only src/host wraps teams-js and msal-browser.',
};
const GRAPH_SDK = {
  group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'],
  message: 'Only src/data talks to the Graph client.',
};
/** The domain imports only itself. */
const DOMAIN_PACKAGES = {
  regex: '^(?!\\.)',
  message: 'domain is pure: no packages, no React, no network.',
};

/**
 * The one exception, in one file: SHA-256 from @noble/hashes. Sign-off hashes must be computed
 * synchronously and alike in the browser, Node and the emulator; noble's is pure (no I/O, no
 * state) and audited, one thing fewer of our own to keep right.
 */
const DOMAIN_HASH = {
  files: ['src/domain/workflow/sha256.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ ...DOMAIN_PACKAGES, regex: '^(?!\\.|@noble/hashes/(sha2|utils)\\.js$)' }] },
    ],
  },
};

const layerConfigs = Object.entries(LAYERS).map(([folder, layer]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folder === 'domain' ? [DOMAIN_PACKAGES] : []),
          ...(layer.hostSdks ? [] : [HOST_SDKS]),
          ...(layer.graph ? [] : [GRAPH_SDK]),
        ],
      },
    ],
  },
}));

/** The domain is given the time and does no I/O: no clock, timers, randomness, network or browser storage. */
const DOMAIN_PURITY = {
  files: ['src/domain/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'fetch',
        'XMLHttpRequest',
        'WebSocket',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
      ].map((name) => ({ name, message: 'domain does no I/O: the data and host layers do.' })),
      ...['setTimeout', 'setInterval', 'performance'].map((name) => ({
        name,
        message: 'domain keeps no time: the caller passes the time in.',
      })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'domain keeps no time: the caller passes the time in.' },
      { object: 'Math', property: 'random', message: 'domain is deterministic: ids and randomness come from outside.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'domain keeps no time: the caller passes the time in.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'test-results', 'appPackage/build', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...layerConfigs,
  DOMAIN_HASH,
  DOMAIN_PURITY,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, stateZone, ...uiZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Small files and functions, so each reads on a screen or two (blank lines and comments not counted).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/emulator/**', 'src/cli/**', 'test/**', '*.js'], rules: { 'no-console': 'off' } },
);
