/** CI's deterministic size check: the first view's JavaScript must stay within its gzip budget. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { measureBundle } from './bundle-size';

const figures = measureBundle(path.resolve(import.meta.dirname, '../../dist'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `First view: ${figures.firstViewFiles.join(', ')}: ${kb(figures.firstViewGzipBytes)} gzip (budget ${kb(figures.budgetGzipBytes)})`,
);
if (figures.firstViewFiles.length === 0 || !figures.withinBudget) {
  console.error('The first-view bundle is over budget (or missing): move code behind a lazy import().');
  process.exit(1);
}

// What a tenant build serves: the hosting rules, and no source maps (they stay in appPackage/build).
const distDir = path.resolve(import.meta.dirname, '../../dist');
const served = readdirSync(distDir);
const maps = served.filter((name) => name.endsWith('.map'));
if (!served.includes('staticwebapp.config.json') || maps.length > 0) {
  console.error(
    `dist/ must hold staticwebapp.config.json and no source maps (found: ${maps.join(', ') || 'no maps'}).`,
  );
  process.exit(1);
}
