import type { RgbaImage } from './png';

type Rgb = readonly [number, number, number];

/** The app's accent colour (also the manifest's `accentColor`): a deep safeguarding blue. */
export const ACCENT: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [255, 255, 255];

/** Distance from p to the segment a–b, in the unit square's coordinates. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance to the edge of a rounded rectangle (negative inside). */
function roundedRectDistance(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/**
 * The glyph: a clipboard with two ticked lines (an action plan being signed off), drawn as strokes
 * of the given width. True where (x, y) in the unit square is ink.
 */
function glyph(stroke: number): (x: number, y: number) => boolean {
  const half = stroke / 2;
  const ticks = [
    [0.31, 0.44, 0.37, 0.5, 0.47, 0.38],
    [0.31, 0.65, 0.37, 0.71, 0.47, 0.59],
  ] as const;
  return (x, y) => {
    if (Math.abs(roundedRectDistance(x, y, 0.22, 0.2, 0.78, 0.86, 0.07)) <= half) return true;
    if (roundedRectDistance(x, y, 0.38, 0.13, 0.62, 0.25, 0.04) <= 0) return true;
    for (const [ax, ay, bx, by, cx, cy] of ticks) {
      if (segmentDistance(x, y, ax, ay, bx, by) <= half || segmentDistance(x, y, bx, by, cx, cy) <= half) return true;
      if (segmentDistance(x, y, 0.55, (ay + cy) / 2 + 0.02, 0.68, (ay + cy) / 2 + 0.02) <= half) return true;
    }
    return false;
  };
}

/** Renders with 4×4 supersampling, so edges are smooth at 32 px as at 192 px. */
function render(size: number, stroke: number, background: Rgb | null): RgbaImage {
  const ink = glyph(stroke);
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (ink((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) covered++;
        }
      }
      const coverage = covered / (samples * samples);
      const i = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(background[c]! * (1 - coverage) + WHITE[c]! * coverage);
        pixels[i + 3] = 255;
      } else {
        pixels.set(WHITE, i);
        pixels[i + 3] = Math.round(coverage * 255);
      }
    }
  }
  return { width: size, height: size, pixels };
}

/** Teams' full-colour icon: 192×192, the white glyph on the accent colour. */
export const colorIcon = (): RgbaImage => render(192, 0.055, ACCENT);

/** Teams' outline icon: 32×32, white on transparent, strokes at least two pixels wide. */
export const outlineIcon = (): RgbaImage => render(32, 0.075, null);
