// A report's chart from SVG to PNG at print resolution (about 250 dpi across a 16 cm column).
import { Resvg } from '@resvg/resvg-js';

export const PRINT_WIDTH_PX = 1600;

export function chartPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PRINT_WIDTH_PX },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
