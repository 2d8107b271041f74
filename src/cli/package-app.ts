import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppPackage } from './app-package/app-package';
import { fillTemplate, loadEnv, manifestValues } from './app-package/manifest-values';

/**
 * `npm run package`: fills manifest/manifest.template.json from manifest/.env (or the environment),
 * zips it with the icons into appPackage/build/appPackage.zip, and validates the zip offline
 * against the official Teams schema. Exits 1 with the problems listed when anything is wrong.
 */
const root = path.resolve(import.meta.dirname, '../..');
const manifestDir = path.join(root, 'manifest');
const envFile = path.resolve(root, process.env.JTAI_ENV_FILE ?? 'manifest/.env');
const output = path.join(root, 'appPackage', 'build', 'appPackage.zip');

try {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const values = manifestValues(loadEnv(envFile, process.env), { version });
  const manifest = fillTemplate(readFileSync(path.join(manifestDir, 'manifest.template.json'), 'utf8'), values);
  const zip = await buildAppPackage({
    manifest,
    colorIcon: readFileSync(path.join(manifestDir, 'color.png')),
    outlineIcon: readFileSync(path.join(manifestDir, 'outline.png')),
  });
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, zip);
  console.log(
    `Wrote ${path.relative(root, output)} (${zip.length} bytes): manifest ${values.JTAI_APP_VERSION} for ${values.JTAI_HOST_URL}, valid against the Teams schema.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    `\nSettings are read from ${path.relative(root, envFile)} and the environment (see manifest/.env.example).`,
  );
  process.exitCode = 1;
}
