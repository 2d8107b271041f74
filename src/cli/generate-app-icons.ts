import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { colorIcon, outlineIcon } from './app-package/app-icons';
import { encodePng } from './app-package/png';

/** Writes the Teams app icons into manifest/ (they are committed; run again after changing the drawing). */
const manifestDir = path.resolve(import.meta.dirname, '../../manifest');
writeFileSync(path.join(manifestDir, 'color.png'), encodePng(colorIcon()));
writeFileSync(path.join(manifestDir, 'outline.png'), encodePng(outlineIcon()));
console.log(`Wrote color.png (192×192) and outline.png (32×32) to ${manifestDir}`);
