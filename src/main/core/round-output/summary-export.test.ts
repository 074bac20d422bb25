import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { docxText } from './testing/docx-text';
import { createRoundPlan, ROUND_TITLE, type RoundPlan } from './testing/round-plan';

/** kommenttikooste ja vastineet as CSV for Excel and as a Word document, through the channel. */

let t: TestCore;
let plan: RoundPlan;

beforeAll(async () => {
  t = makeTestCore();
  plan = await createRoundPlan(t, join(t.dir, 'plan.opsu'));
}, 60_000);

afterAll(() => t?.dispose());

const exportSummary = (format: 'csv' | 'docx', name: string, input: object = {}) =>
  t.value<{ path: string; bytes: number }>('comments.exportSummary', {
    docId: plan.docId,
    roundId: plan.roundId,
    format,
    path: join(t.dir, name),
    ...input,
  });

describe('the summary as CSV', () => {
  let bytes: Buffer;
  let rows: string[][];

  beforeAll(async () => {
    const written = await exportSummary('csv', 'kooste.csv');
    bytes = readFileSync(written.path);
    expect(written.bytes).toBe(bytes.length);
    rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';' }).data;
  });

  it('is UTF-8 with a byte-order mark, semicolons and CRLF line ends, for Excel', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFnumero;vastaaja;tyyppi;luku;otsikko;lainaus;kommentti;muutosehdotus;ratkaisu;vastine;käsittelijä;käsitelty',
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('has one row per comment, by section, general comments last', () => {
    const first = plan.outline[0]!;
    const second = plan.outline[1]!;
    expect(rows.slice(1, -1)).toEqual([
      [
        'K1',
        'Jyväskylän kaupunki',
        'Kommentti',
        first.number,
        first.title,
        'koko oppilaitosyhteisöä',
        // Semicolons, quotes and line breaks survive the quoting.
        'Lisätkää maininta huoltajien osallisuudesta; se puuttuu "kokonaan".\nToinen rivi.',
        '',
        'Hyväksytty',
        'Lisätään lukuun 1.',
        'Sihteeri',
        // Resolved at 21:30 UTC on 20 April: already 21 April in Helsinki.
        '21.4.2026',
      ],
      [
        'K4',
        'Koulutuskuntayhtymä Gradia',
        'Kommentti',
        first.number,
        first.title,
        '',
        'Samaa mieltä.',
        '',
        'Avoin',
        '',
        '',
        '',
      ],
      [
        'K2',
        'Koulutuskuntayhtymä Gradia',
        'Muutosehdotus',
        second.number,
        second.title,
        'toinen kappale',
        '',
        'viimeinen kappale',
        'Osittain hyväksytty',
        'Muotoiltu toisin.',
        'Sihteeri',
        '21.4.2026',
      ],
      [
        'K3',
        'Jyväskylän kaupunki',
        'Kommentti',
        '',
        'Yleiset kommentit',
        '',
        // A cell that would run as a formula in Excel is escaped.
        `'=HYPERLINK("http://example.com") on kaava, ei teksti.`,
        '',
        'Avoin',
        '',
        '',
        '',
      ],
    ]);
    expect(rows.at(-1)).toEqual(['']);
  });

  it('follows the language asked for', async () => {
    const written = await exportSummary('csv', 'summary.csv', { language: 'en' });
    const [header, first] = Papa.parse<string[]>(readFileSync(written.path, 'utf8').slice(1), {
      delimiter: ';',
    }).data;
    expect(header).toEqual([
      'number',
      'respondent',
      'kind',
      'section',
      'title',
      'quote',
      'comment',
      'proposed change',
      'resolution',
      'response',
      'resolved by',
      'resolved',
    ]);
    expect(first!.slice(0, 3)).toEqual(['C1', 'Jyväskylän kaupunki', 'Comment']);
    expect(first![8]).toBe('Accepted');
    expect(first![11]).toBe('21 April 2026');
  });
});

describe('the summary as a Word document', () => {
  it('gives the round, the counts, then the comments of each section with their responses', async () => {
    const written = await exportSummary('docx', 'kooste.docx');
    const { xml, lines } = await docxText(readFileSync(written.path));
    expect(lines.slice(0, 5)).toEqual([
      'Kommenttikooste ja vastineet',
      'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma, Keski-Suomen hyvinvointialue',
      `Kommenttikierros: ${ROUND_TITLE}`,
      `Versio: versio ${plan.version.number}: Lausunnolle`,
      'Laadittu: 1.3.2026',
    ]);
    // Counts by resolution (top-level comments: the reply is not counted) and by respondent.
    const counts = lines.slice(lines.indexOf('Kommentit ratkaisuittain'));
    expect(counts.slice(1, 15)).toEqual([
      'Ratkaisu',
      'Kommentteja',
      'Avoin',
      '1',
      'Hyväksytty',
      '1',
      'Osittain hyväksytty',
      '1',
      'Ei hyväksytty',
      '0',
      'Merkitty tiedoksi',
      '0',
      'Yhteensä',
      '3',
    ]);
    const byRespondent = lines.slice(lines.indexOf('Kommentit vastaajittain') + 1);
    expect(byRespondent.slice(7, 14)).toEqual([
      'Jyväskylän kaupunki',
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
    ]);
    const first = plan.outline[0]!;
    const body = lines.slice(lines.indexOf('Kommentit luvuittain') + 1);
    expect(body).toEqual([
      `${first.number} ${first.title}`,
      'K1 · Jyväskylän kaupunki · Kommentti',
      'Lainaus: ”koko oppilaitosyhteisöä”',
      'Lisätkää maininta huoltajien osallisuudesta; se puuttuu "kokonaan".',
      'Toinen rivi.',
      'Ratkaisu: Hyväksytty',
      'Vastine: Lisätään lukuun 1.',
      'K4 · Koulutuskuntayhtymä Gradia · Kommentti · vastaus kommenttiin K1',
      'Samaa mieltä.',
      `${plan.outline[1]!.number} ${plan.outline[1]!.title}`,
      'K2 · Koulutuskuntayhtymä Gradia · Muutosehdotus',
      'Lainaus: ”toinen kappale”',
      'Muutosehdotus: viimeinen kappale',
      'Ratkaisu: Osittain hyväksytty',
      'Vastine: Muotoiltu toisin.',
      'Yleiset kommentit',
      'K3 · Jyväskylän kaupunki · Kommentti',
      '=HYPERLINK("http://example.com") on kaava, ei teksti.',
      'Ratkaisu: Avoin',
      'Vastine: –',
    ]);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(3);
  });
});

describe('comments.exportSummary', () => {
  it('never writes over the plan, and needs a round of the plan', async () => {
    const onPlan = await t.call('comments.exportSummary', {
      docId: plan.docId,
      roundId: plan.roundId,
      format: 'csv',
      path: plan.path,
    });
    expect(onPlan).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const noRound = await t.call('comments.exportSummary', {
      docId: plan.docId,
      roundId: 'ei-ole',
      format: 'docx',
      path: join(t.dir, 'x.docx'),
    });
    expect(noRound).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
