import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { Language } from '../domain/settings';
import { dataBlockCaption, dataBlockTable, type DataCell, type DataTable } from './table-model';
import { samplePlanData } from './testing/plan-data';

const NBSP = /[\u00a0\u202f]/g;
const texts = (cells: DataCell[]) => cells.map((cell) => cell.text.replace(NBSP, ' '));

function table(block: Parameters<typeof dataBlockTable>[0], language: Language = 'fi') {
  const view = dataBlockTable(block, samplePlanData, createI18n(language).t, language);
  if (!view || !('table' in view)) throw new Error('not a table');
  return view.table;
}

describe('the staffing table of a live block', () => {
  const all = table({ kind: 'staffing', levelGroup: null });

  it('has a two-row head: area, level and pupils span both, each profession its FTE and ratio', () => {
    expect(all.caption).toBe('Henkilöstömitoitus: koko alue');
    expect(texts(all.head[0]!)).toEqual([
      'Alue',
      'Aste',
      'Oppilaita',
      'Kuraattorit',
      'Psykologit',
      'Terveydenhoitajat',
      'Lääkärit',
    ]);
    expect(all.head[0]!.map((cell) => cell.rowSpan ?? cell.colSpan)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(texts(all.head[1]!).slice(0, 2)).toEqual(['htv', 'oppilasta / htv']);
    expect(all.head[1]).toHaveLength(8);
  });

  it('shows every row in Finnish number format, unknown as –, a missed ratio marked', () => {
    expect(texts(all.body[0]!)).toEqual([
      'Jyväskylä',
      'Perusopetus',
      '1 340',
      '2,00',
      '670',
      '1,50',
      '893 *',
      '3,00',
      '447',
      '0,50',
      '2 680 *',
    ]);
    expect(all.body[0]![0]).toMatchObject({ rowHeader: true });
    expect(all.body[0]![6]).toMatchObject({ short: true, numeric: true });
    expect(all.body[0]![4]!.short).toBeUndefined();
    expect(texts(all.body[1]!).slice(0, 7)).toEqual([
      'Jyväskylä',
      'Lukio',
      '900',
      '1,00',
      '900 *',
      '–',
      '–',
    ]);
  });

  it('ends with the totals of each group and the region', () => {
    expect(all.foot.map((row) => row[0]!.text)).toEqual([
      'Esi- ja perusopetus yhteensä',
      'Toinen aste yhteensä',
      'Koko alue yhteensä',
    ]);
    expect(all.foot[2]![0]).toMatchObject({ rowHeader: true, colSpan: 2 });
    expect(texts(all.foot[2]!).slice(1)).toEqual([
      '3 240',
      '4,80',
      '675 *',
      '2,90',
      '807 *',
      '7,00',
      '463',
      '1,40',
      '2 314 *',
    ]);
  });

  it('notes the ratio set, each ratio with its kind and source, and what – and * mean', () => {
    expect(all.notes[0]).toBe('Mitoitukset: OpHL ja THL 2023.');
    expect(all.notes.map((note) => note.replace(NBSP, ' ')).slice(1, 5)).toEqual([
      'Kuraattori: enintään 670 oppilasta / htv (lakisääteinen; OpHL 1287/2013).',
      'Psykologi: enintään 780 oppilasta / htv (lakisääteinen; OpHL 1287/2013).',
      'Terveydenhoitaja: esi- ja perusopetus enintään 460 oppilasta / htv (suositus; THL 2023); toinen aste enintään 570 oppilasta / htv (suositus; THL 2023).',
      'Lääkäri: esi- ja perusopetus enintään 2 100 oppilasta / htv (suositus; THL 2023); toinen aste enintään 1 800 oppilasta / htv (suositus; THL 2023).',
    ]);
    expect(all.notes).toContain('– = ei tiedossa.');
    // Psychologists of the upper secondary row are not known: left out of the totals.
    expect(all.notes.some((note) => note.startsWith('Yhteissummista'))).toBe(true);
  });

  it('of one level group shows only its rows, total and ratios', () => {
    const basic = table({ kind: 'staffing', levelGroup: 'basic' });
    expect(basic.caption).toBe('Henkilöstömitoitus: esi- ja perusopetus');
    expect(basic.body.map((row) => row[0]!.text + ' ' + row[1]!.text)).toEqual([
      'Jyväskylä Perusopetus',
      'Äänekoski Perusopetus',
    ]);
    expect(basic.foot.map((row) => row[0]!.text)).toEqual(['Esi- ja perusopetus yhteensä']);
    expect(basic.notes.map((note) => note.replace(NBSP, ' ')).slice(1, 5)).toEqual([
      'Kuraattori: enintään 670 oppilasta / htv (lakisääteinen; OpHL 1287/2013).',
      'Psykologi: enintään 780 oppilasta / htv (lakisääteinen; OpHL 1287/2013).',
      'Terveydenhoitaja: enintään 460 oppilasta / htv (suositus; THL 2023).',
      'Lääkäri: enintään 2 100 oppilasta / htv (suositus; THL 2023).',
    ]);
    expect(basic.notes.some((note) => note.startsWith('Yhteissummista'))).toBe(false);
  });

  it('speaks Swedish and English with their number formats', () => {
    const sv = table({ kind: 'staffing', levelGroup: null }, 'sv');
    expect(sv.caption).toBe('Personaldimensionering: hela området');
    expect(texts(sv.body[0]!).slice(2, 4)).toEqual(['1 340', '2,00']);
    expect(sv.notes[0]).toBe('Dimensioneringar: ElevHL och THL 2023.');
    const en = table({ kind: 'staffing', levelGroup: null }, 'en');
    expect(texts(en.body[0]!).slice(2, 4)).toEqual(['1,340', '2.00']);
  });
});

describe('the other tables', () => {
  it('shortfall: per profession the region’s FTE, required FTE, shortfall, met in words, ratio and kind', () => {
    const shortfall = table({ kind: 'shortfall' });
    expect(shortfall.caption).toBe('Henkilöstövaje koko alueella');
    expect(shortfall.body.map(texts)).toEqual([
      ['Kuraattorit', '4,80', '4,85', '0,05 *', 'Ei', '670', 'Lakisääteinen'],
      ['Psykologit', '2,90', '3,00', '0,10 *', 'Ei', '780', 'Lakisääteinen'],
      ['Terveydenhoitajat', '7,00', '6,67', '0,00', 'Kyllä', '460 / 570', 'Suositus'],
      ['Lääkärit', '1,40', '1,62', '0,22 *', 'Ei', '2 100 / 1 800', 'Suositus'],
    ]);
    const notes = shortfall.notes.map((note) => note.replace(NBSP, ' '));
    expect(notes[0]).toBe('Oppilaita ja opiskelijoita koko alueella 3 240.');
    expect(notes).toContain('Kaksi mitoitusta: esi- ja perusopetus / toinen aste.');
    // Local gaps a surplus elsewhere hides: 0.35 > 0.05, 0.22 > 0.10, 0.08 > 0, 0.24 > 0.22.
    expect(notes.filter((note) => note.includes('alueiden omat vajeet'))).toEqual([
      'Kuraattorit: alueiden omat vajeet ovat yhteensä 0,35 htv; toisten alueiden ylijäämä peittää niistä osan.',
      'Psykologit: alueiden omat vajeet ovat yhteensä 0,22 htv; toisten alueiden ylijäämä peittää niistä osan.',
      'Terveydenhoitajat: alueiden omat vajeet ovat yhteensä 0,08 htv; toisten alueiden ylijäämä peittää niistä osan.',
      'Lääkärit: alueiden omat vajeet ovat yhteensä 0,24 htv; toisten alueiden ylijäämä peittää niistä osan.',
    ]);
  });

  it('providers: name, kind, levels, language, plan status, adoption date, reference', () => {
    const providers = table({ kind: 'providers' });
    expect(texts(providers.head[0]!)).toHaveLength(7);
    expect(providers.body.map(texts)).toEqual([
      [
        'Jyväskylän kaupunki',
        'Kunta',
        'Esiopetus, Perusopetus, Lukio',
        'Suomi',
        'Hyväksytty',
        '5.3.2024',
        'https://www.jyvaskyla.fi/ops',
      ],
      ['Äänekosken kaupunki', 'Kunta', 'Perusopetus', 'Suomi', 'Valmistelussa', '', ''],
    ]);
    expect(providers.notes).toEqual(['Hyväksytty suunnitelma: 1 / 2 järjestäjää.']);
  });

  it('indicators: name, source, group, baseline, target, latest, status', () => {
    const indicators = table({ kind: 'indicators' });
    expect(indicators.body.map(texts)).toEqual([
      [
        'Kokee terveydentilansa keskinkertaiseksi tai huonoksi',
        'Kouluterveyskysely',
        '8.–9. lk',
        '21,4 % (2021)',
        '15 % (2027)',
        '18,25 % (2025)',
        'Paranee',
      ],
    ]);
  });

  it('a chart is no table; a chart of a removed indicator says so', () => {
    const t = createI18n('fi').t;
    expect(
      dataBlockTable({ kind: 'indicatorChart', indicatorId: 'ind-1' }, samplePlanData, t, 'fi'),
    ).toBeNull();
    expect(
      dataBlockTable({ kind: 'indicatorChart', indicatorId: 'gone' }, samplePlanData, t, 'fi'),
    ).toEqual({ missing: 'Kaavion mittari on poistettu mittaristosta.' });
    expect(
      dataBlockCaption({ kind: 'indicatorChart', indicatorId: 'ind-1' }, samplePlanData, t),
    ).toBe('Kaavio: Kokee terveydentilansa keskinkertaiseksi tai huonoksi');
  });

  it('empty data gives one row saying so, and no totals', () => {
    const empty = {
      ...samplePlanData,
      providers: [],
      indicators: [],
      staffing: { ...samplePlanData.staffing, rows: [], totals: [] },
    };
    const t = createI18n('fi').t;
    const staffing = dataBlockTable({ kind: 'staffing', levelGroup: null }, empty, t, 'fi');
    const tableOf = (view: typeof staffing) => (view as { table: DataTable }).table;
    expect(tableOf(staffing).body).toEqual([
      [{ text: 'Henkilöstötaulukossa ei ole vielä rivejä.', colSpan: 11 }],
    ]);
    expect(tableOf(staffing).foot).toEqual([]);
    expect(tableOf(dataBlockTable({ kind: 'providers' }, empty, t, 'fi')).body[0]![0]!.text).toBe(
      'Rekisterissä ei ole vielä koulutuksen järjestäjiä.',
    );
  });
});
