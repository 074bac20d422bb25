import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportOptionsSchema, type ExportResult } from '../../../shared/domain/export';
import type { VersionSummary } from '../../../shared/domain/versions';
import { samplePlanData } from '../../../shared/data-blocks/testing/plan-data';
import { dataPlan } from '../plan-data/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { buildDocx } from './docx/build';
import { findResourcesDir } from './fonts';
import { buildPrintHtml } from './print-html';
import { dataBlockDocument, dataBlockNode } from './testing/data-document';

/**
 * Live blocks in the exports: real tables and vector charts in the print HTML (the PDF), real Word
 * tables and SVG pictures with a PNG fallback in Word, and a version's frozen figures.
 */

const NBSP = /[\u00a0\u202f]/g;
const options = (input: object = {}) => ExportOptionsSchema.parse(input);
const assets = { fontCss: '', now: new Date('2026-03-01T10:00:00Z') };
const html = buildPrintHtml(dataBlockDocument(samplePlanData), options(), assets).html.replace(
  NBSP,
  ' ',
);

describe('live blocks in the print HTML', () => {
  it('are real tables: caption, column groups, row headers, figures, totals in tfoot', () => {
    expect(html).toContain(
      '<table class="data-table"><caption>Henkilöstömitoitus: koko alue</caption>',
    );
    expect(html).toContain('<th scope="col" rowspan="2">Alue</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">Kuraattorit</th>');
    expect(html).toContain(
      '<tr><th scope="row">Jyväskylä</th><td>Perusopetus</td><td class="num">1 340</td><td class="num">2,00</td><td class="num">670</td><td class="num">1,50</td><td class="num short">893 *</td>',
    );
    expect(html).toMatch(
      /<tfoot><tr><th scope="row" colspan="2">Esi- ja perusopetus yhteensä<\/th><td class="num">2 340<\/td>/,
    );
    expect(html).toContain(
      '<th scope="row" colspan="2">Koko alue yhteensä</th><td class="num">3 240</td>',
    );
    expect(html).toContain('<p>Mitoitukset: OpHL ja THL 2023.</p>');
    expect(html).toContain(
      '<tr><th scope="row">Lääkärit</th><td class="num">1,40</td><td class="num">1,62</td><td class="num short">0,22 *</td><td>Ei</td><td class="num">2 100 / 1 800</td><td>Suositus</td></tr>',
    );
    expect(html).toContain(
      '<caption>Koulutuksen järjestäjät ja niiden opiskeluhuoltosuunnitelmat</caption>',
    );
    expect(html).toContain('<td>5.3.2024</td>');
    expect(html).toContain('<td class="num">18,25 % (2025)</td>');
  });

  it('draws a chart as inline SVG in a figure named by its summary', () => {
    expect(html).toContain(
      '<figure class="data-chart">\n<figcaption>Kaavio: Kokee terveydentilansa keskinkertaiseksi tai huonoksi</figcaption>\n<div class="chart" role="img" aria-label="Kokee terveydentilansa keskinkertaiseksi tai huonoksi, 8.–9. lk: 2021 21,4 %, 2023 19,8 %, 2025 18,25 %. Tavoite 2027: 15 %. Paranee."><svg',
    );
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 640 320"/);
    expect(html).toContain('>2027</text>');
  });

  it('says so where a chart’s indicator is gone, a block is damaged, or a version has no data', () => {
    expect(html).toContain(
      '<p class="data-notice">Kaavion mittari on poistettu mittaristosta.</p>',
    );
    expect(html).toContain(
      '<p class="data-notice">Tietolohkoa ei voi näyttää: sen tiedot ovat vioittuneet.</p>',
    );
    const old = buildPrintHtml(dataBlockDocument(null), options(), assets).html;
    expect(old).not.toContain('<table class="data-table');
    expect(old).toContain('tämä versio on jäädytetty ennen kuin versioihin tallennettiin');
  });

  it('prints header rows on every page, rows whole, totals once, charts whole', () => {
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
    expect(html).toContain('.data-table tfoot { display: table-row-group; }');
    expect(html).toContain('.data-chart { margin: 0.6em 0 1em; break-inside: avoid; }');
  });
});

describe('live blocks in Word', () => {
  let xml: string;
  let zip: JSZip;

  beforeAll(async () => {
    const bytes = await buildDocx(dataBlockDocument(samplePlanData), options(), {
      styles: null,
      now: assets.now,
      resourcesDir: findResourcesDir(),
    });
    zip = await JSZip.loadAsync(bytes);
    xml = (await zip.file('word/document.xml')!.async('string')).replace(NBSP, ' ');
  }, 60_000);

  it('are Word tables with repeated header rows, the figures, and bold totals', () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const staffing = tables.find((table) => table.includes('Kuraattorit'))!;
    expect(staffing).toBeDefined();
    expect(staffing.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(staffing).toContain('<w:vMerge w:val="restart"/>');
    expect(staffing).toContain('<w:gridSpan w:val="2"/>');
    for (const figure of ['1 340', '893 *', '2 680 *', '3 240', '675 *']) {
      expect(staffing).toContain(`<w:t xml:space="preserve">${figure}</w:t>`);
    }
    expect(staffing).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">Koko alue yhteensä<\/w:t>/,
    );
    expect(xml).toContain('Henkilöstömitoitus: koko alue');
    expect(xml).toContain('Mitoitukset: OpHL ja THL 2023.');
  });

  it('has the chart as an SVG picture with a PNG fallback and the summary as its alt text', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    const svg = await zip.file(media.find((name) => name.endsWith('.svg'))!)!.async('string');
    expect(svg.replace(NBSP, ' ')).toContain('Tavoite 2027: 15 %');
    const png = await zip.file(media.find((name) => name.endsWith('.png'))!)!.async('uint8array');
    // A PNG twice the chart's size: 1 280 px wide.
    expect(Buffer.from(png.subarray(16, 20)).readUInt32BE()).toBe(1280);
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain(
      'descr="Kokee terveydentilansa keskinkertaiseksi tai huonoksi, 8.–9. lk: 2021 21,4 %, 2023 19,8 %, 2025 18,25 %. Tavoite 2027: 15 %. Paranee."',
    );
    expect(xml).toContain('Kaavion mittari on poistettu mittaristosta.');
  });
});

describe('a live block exported from the plan and from a version', () => {
  let t: TestCore;

  beforeAll(() => {
    t = makeTestCore();
  });
  afterAll(() => t?.dispose());

  it('shows the current figures, and a version’s frozen ones after the data changed', async () => {
    const { docId, plan, staffing } = await dataPlan(t);
    await staffing({
      area: 'Jyväskylä',
      pupils: 1340,
      fte: { kuraattori: 2, psykologi: 1.5, terveydenhoitaja: null, laakari: null },
    });
    const section = plan.outline[0]!.id;
    await t.value('section.save', {
      docId,
      sectionId: section,
      content: JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          children: [dataBlockNode({ kind: 'staffing', levelGroup: 'basic' })],
        },
      }),
    });
    const version = await t.value<VersionSummary>('versions.create', {
      docId,
      label: 'Lausunnolle',
    });
    const data = await t.value<{ staffing: { rows: Array<{ id: string }> } }>('planData.get', {
      docId,
    });
    await t.value('staffing.save', {
      docId,
      row: {
        id: data.staffing.rows[0]!.id,
        area: 'Jyväskylä',
        providerId: null,
        level: 'basic',
        pupils: 1675,
        fte: { kuraattori: 2, psykologi: 1.5, terveydenhoitaja: null, laakari: null },
        note: '',
      },
    });
    const documentXml = async (versionId: string | null, name: string) => {
      const result = await t.value<ExportResult>('export.docx', {
        docId,
        path: `${t.dir}/${name}`,
        versionId,
      });
      const zip = await JSZip.loadAsync(
        await import('node:fs').then((fs) => fs.readFileSync(result.path)),
      );
      return (await zip.file('word/document.xml')!.async('string')).replace(NBSP, ' ');
    };
    const frozen = await documentXml(version.id, 'versio.docx');
    const current = await documentXml(null, 'nyt.docx');
    // 1 340 pupils / 2 FTE = 670 (met); 1 675 / 2 = 838 (over 670).
    expect(frozen).toContain('>1 340<');
    expect(frozen).toContain('>670<');
    expect(frozen).not.toContain('>1 675<');
    expect(current).toContain('>1 675<');
    expect(current).toContain('>838 *<');
  }, 60_000);
});
