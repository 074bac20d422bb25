import { Resvg } from '@resvg/resvg-js';
import { chartFontFiles, SANS } from './fonts';

/**
 * A chart's SVG as a PNG, for Word versions that cannot show SVG (Word embeds both and picks).
 * Drawn at twice the chart's size with the bundled fonts only, so it is sharp when printed and
 * the same on every machine.
 */
export function chartPng(svg: string, width: number, resourcesDir: string): Uint8Array {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    background: 'white',
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(resourcesDir),
      defaultFontFamily: SANS,
      sansSerifFamily: SANS,
    },
  }).render();
  return new Uint8Array(image.asPng());
}
