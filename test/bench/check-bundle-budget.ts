/** CI's deterministic size check: the first view's JavaScript must stay within its gzip budget. */
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
