import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { staticWebAppConfig } from './src/app/hosting/static-web-app-config.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.PORT ?? 53000);

/** `npm start` serves the local SharePoint-lists emulator at /graph on the dev server. */
const emulatorMount = async () => {
  const { createEmulatorProxy } = await import('./src/emulator/dev-server-mount.ts');
  return createEmulatorProxy({
    basePath: '/graph',
    dataDir: process.env.EMULATOR_DATA_DIR ?? path.join(root, '.data', 'emulator'),
    publicUrl: `http://localhost:${PORT}`,
  });
};

/**
 * Build-time settings the app reads in src/app/config.ts, from the environment or `--env NAME=value`;
 * none set means the local emulator.
 */
const BUILD_ENV_KEYS = [
  'JTAI_TARGET',
  'JTAI_CLIENT_ID',
  'JTAI_HOST_URL',
  'JTAI_GRAPH_BASE_URL',
  'JTAI_SITE_URL',
  'JTAI_TENANT_ID',
  'JTAI_LOGIN_HOST',
  'JTAI_LIVE_CHANGES_SECONDS',
  'JTAI_APP_ID',
  'JTAI_SITE_ACCESS',
];
const buildEnv = (cliEnv = {}) =>
  Object.fromEntries(
    BUILD_ENV_KEYS.map((k) => [k, cliEnv[k] ?? process.env[k]]).filter(([, v]) => typeof v === 'string' && v),
  );

/** Writes `staticwebapp.config.json` beside `index.html`; `JTAI_FRAME_ANCESTORS` adds hosts (space-separated). */
class StaticWebAppConfigPlugin {
  constructor(extraFrameAncestors) {
    this.extra = extraFrameAncestors;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StaticWebAppConfig', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'StaticWebAppConfig', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(staticWebAppConfig(this.extra), null, 2)}\n`;
          compilation.emitAsset('staticwebapp.config.json', new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

const frameAncestorsSetting = (cliEnv = {}) =>
  (cliEnv.JTAI_FRAME_ANCESTORS ?? process.env.JTAI_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean);

export default (env, argv) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: './src/app/main.tsx', redirect: './src/host/auth/redirect-bridge.ts' },
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      // Production maps go beside dist/, not in it: kept for reading stack traces, never served.
      sourceMapFilename: '../appPackage/build/source-maps/[file].map',
      clean: true,
    },
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2022', jsx: 'automatic' },
        },
        // The pdf.js worker is referenced with `new URL(…)`: emit it as a file, never bundle it.
        { test: /pdf\.worker(\.min)?\.mjs$/, type: 'asset/resource' },
        {
          test: /\.mjs$/,
          include: /node_modules/,
          exclude: /pdf\.worker/,
          type: 'javascript/auto',
          resolve: { fullySpecified: false },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/app/index.html',
        title: 'JTAI Action Plan',
        chunks: ['main'],
      }),
      // MSAL v5's redirect bridge: Entra returns sign-in responses here (register it as a SPA redirect URI).
      new HtmlWebpackPlugin({
        template: './src/host/auth/redirect.html',
        filename: 'redirect.html',
        chunks: ['redirect'],
      }),
      new webpack.DefinePlugin({ __JTAI_BUILD_ENV__: JSON.stringify(buildEnv(env)) }),
      ...(production ? [new StaticWebAppConfigPlugin(frameAncestorsSetting(env))] : []),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    devServer: {
      port: PORT,
      host: 'localhost',
      historyApiFallback: true,
      hot: false,
      liveReload: !process.env.CI,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
      setupMiddlewares: (middlewares) => {
        const mount = emulatorMount();
        middlewares.unshift({
          name: 'sharepoint-lists-emulator',
          path: '/graph',
          middleware: (req, res, next) => mount.then((m) => m.middleware(req, res, next), next),
        });
        return middlewares;
      },
    },
  };
};
