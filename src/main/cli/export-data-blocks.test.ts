import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanData } from '../../shared/data-blocks/testing/plan-data';
import { ExportOptionsSchema } from '../../shared/domain/export';
import { findResourcesDir, fontFaceCss } from '../core/export/fonts';
import { exportPdf } from '../core/export/pdf';
import { dataBlockDocument } from '../core/export/testing/data-document';
import { launchingChromiumPrinter } from './chromium-printer';
import { pdfToolsMissing } from './testing';

/**
 * Live blocks in a real PDF, printed by this machine's Chromium and read back with poppler: the
 * tables' figures as text, the chart as vector graphics whose text (years, the target) is text too.
 * A page image goes to e2e/artifacts/export/ for a person to look at.
 */

const skipReason = pdfToolsMissing('data block PDF tests');
const artifacts = resolve(import.meta.dirname, '../../../e2e/artifacts/export');
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const SPACES = /[\u00a0\u202f\u00ad]/g;

describe.skipIf(skipReason !== null)('live blocks in the PDF', { timeout: 120_000 }, () => {
  let printer: ReturnType<typeof launchingChromiumPrinter>;
  let dir: string;
  let path: string;
  let pages: string[];

  beforeAll(async () => {
    printer = launchingChromiumPrinter(process.env);
    dir = mkdtempSync(join(tmpdir(), 'suunta-data-pdf-'));
    path = join(dir, 'data-blocks.pdf');
    const printed = await exportPdf(
      printer,
      dataBlockDocument(samplePlanData),
      ExportOptionsSchema.parse({}),
      { fontCss: fontFaceCss(findResourcesDir()), now: new Date('2026-03-01T10:00:00Z') },
    );
    writeFileSync(path, printed.bytes);
    pages = run('pdftotext', ['-layout', path, '-']).replace(SPACES, ' ').split('\f');
  }, 300_000);

  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the tables’ figures as text, rows in order', () => {
    const text = pages.join('\n');
    expect(text).toContain('Henkilöstömitoitus: koko alue');
    expect(text).toMatch(/Jyväskylä\s+Perusopetus\s+1 340\s+2,00\s+670\s+1,50\s+893 \*/);
    expect(text).toMatch(/Koko alue yhteensä\s+3 240\s+4,80\s+675 \*/);
    expect(text).toMatch(/Lääkärit\s+1,40\s+1,62\s+0,22 \*\s+Ei\s+2 100 \/ 1 800\s+Suositus/);
    expect(text).toMatch(/Jyväskylän kaupunki\s+Kunta/);
    expect(text).toContain('Kaavion mittari on poistettu mittaristosta.');
  });

  it('draws the chart as vector graphics with its years and target as text', () => {
    const chartPage = pages.find((page) => page.includes('Kaavio: Kokee terveydentilansa'));
    expect(chartPage).toBeDefined();
    expect(chartPage).toMatch(/2021\s+2022\s+2023\s+2024\s+2025\s+2026\s+2027/);
    expect(chartPage).toContain('Tavoite 2027: 15 %');
    // Vector, not a picture: the PDF holds no raster image.
    expect(run('pdfimages', ['-list', path]).trim().split('\n').slice(2)).toEqual([]);
    expect(run('pdfinfo', [path])).toMatch(/^Tagged:\s+yes$/m);
  });

  it('writes page images of the staffing table and the chart to look at', () => {
    mkdirSync(artifacts, { recursive: true });
    const shot = (name: string, page: number) =>
      run('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        path,
        join(artifacts, name),
      ]);
    shot('data-blocks', pages.findIndex((page) => page.includes('Henkilöstömitoitus')) + 1);
    shot('data-blocks-chart', pages.findIndex((page) => page.includes('Kaavio: Kokee')) + 1);
  });
});
