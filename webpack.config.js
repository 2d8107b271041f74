import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

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

export default (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: './src/app/main.tsx' },
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2022', jsx: 'automatic' },
        },
        { test: /\.mjs$/, include: /node_modules/, type: 'javascript/auto', resolve: { fullySpecified: false } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/app/index.html',
        title: 'JTAI Action Plan',
      }),
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
