import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CoreError } from '../errors';

/**
 * The fonts every exported PDF embeds: Source Serif 4 for the text, Source Sans 3 for headings,
 * tables, the cover and the footer (OFL 1.1, from resources/fonts). They are inlined as data: URLs,
 * so the printer needs no file access (the print policy allows only data: fonts) and the output is
 * the same on every machine.
 */
export const SERIF = 'Source Serif 4';
export const SANS = 'Source Sans 3';

/** Fontsource's unicode ranges of its two Latin subsets. */
const ranges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const families = [
  { family: SERIF, file: 'source-serif-4' },
  { family: SANS, file: 'source-sans-3' },
] as const;
const weights = [400, 700] as const;
const styles = ['normal', 'italic'] as const;

/** Every woff2 file the export needs, relative to the fonts folder. */
export const fontFiles: readonly string[] = families.flatMap(({ file }) =>
  (Object.keys(ranges) as Array<keyof typeof ranges>).flatMap((subset) =>
    weights.flatMap((weight) =>
      styles.map((style) => `${file}-${subset}-${weight}-${style}.woff2`),
    ),
  ),
);

/**
 * The app's resources folder (holding fonts/): walks up from this module, which sits at
 * src/main/core/export in the sources and is bundled into out/main in a build.
 */
export function findResourcesDir(start = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'resources', 'fonts'))) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir) throw new CoreError('INTERNAL', { reason: 'resources/fonts not found' });
    dir = parent;
  }
}

/**
 * TrueType copies of Source Sans 3 (Latin, regular and bold) for the Word export's PNG fallback of
 * a chart: resvg reads TrueType, not WOFF2. They are Fontsource's WOFF files of the same version
 * with their tables unpacked (see resources/fonts/README.md).
 */
export function chartFontFiles(resourcesDir: string): string[] {
  return weights.map((weight) =>
    join(resourcesDir, 'fonts', `source-sans-3-latin-${weight}-normal.ttf`),
  );
}

const cache = new Map<string, string>();

/** `@font-face` rules with every font inlined as a data: URL (read once per folder). */
export function fontFaceCss(resourcesDir: string): string {
  const cached = cache.get(resourcesDir);
  if (cached !== undefined) return cached;
  const rules: string[] = [];
  for (const { family, file } of families) {
    for (const [subset, range] of Object.entries(ranges)) {
      for (const weight of weights) {
        for (const style of styles) {
          const path = join(resourcesDir, 'fonts', `${file}-${subset}-${weight}-${style}.woff2`);
          let data: Buffer;
          try {
            data = readFileSync(path);
          } catch {
            throw new CoreError('INTERNAL', { reason: `font missing: ${path}` });
          }
          rules.push(
            `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};` +
              `font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');` +
              `unicode-range:${range}}`,
          );
        }
      }
    }
  }
  const css = rules.join('\n');
  cache.set(resourcesDir, css);
  return css;
}
