import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependencies point inward (see architecture.md). For each folder of src: the sibling folders
 * its files must not import, and whether it may use the Teams/MSAL or Graph SDKs.
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
  state: { forbid: ['ui', 'host', 'app', 'emulator'], why: 'state depends on domain and the data port only.' },
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

const HOST_SDKS = {
  group: ['@microsoft/teams-js', '@microsoft/teams-js/*', '@azure/msal-browser', '@azure/msal-browser/*'],
  message: 'Only src/host wraps teams-js and msal-browser.',
};
const GRAPH_SDK = {
  group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'],
  message: 'Only src/data talks to the Graph client.',
};

/** An import that climbs out of the folder into one of the forbidden siblings. */
const siblingImport = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const layerConfigs = Object.entries(LAYERS).map(([folder, layer]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(layer.forbid.length ? [{ regex: siblingImport(layer.forbid), message: layer.why }] : []),
          ...(layer.hostSdks ? [] : [HOST_SDKS]),
          ...(layer.graph ? [] : [GRAPH_SDK]),
        ],
      },
    ],
  },
}));

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
  { files: ['src/emulator/**', 'src/cli/**', 'test/**', '*.js'], rules: { 'no-console': 'off' } },
);
