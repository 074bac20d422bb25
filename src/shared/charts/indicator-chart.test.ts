import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../domain/plan-data';
import { indicatorInput, indicatorOf } from '../data-blocks/testing/plan-data';
import { createI18n } from '../i18n';
import { chartColours, indicatorChartSummary, indicatorChartSvg } from './indicator-chart';

const { DOMParser } = new JSDOM('').window;
const fi = createI18n('fi').t;
const nbsp = '\u00a0';

const indicator = indicatorOf(indicatorInput(), {
  id: 'ind-1',
  values: [
    { year: 2019, value: 12 },
    { year: 2021, value: 14.5 },
    { year: 2023, value: 11 },
  ],
  status: 'improving',
});
const empty: Indicator = { ...indicator, values: [], latest: null, status: 'noData' };

/** The SVG parsed as XML (a parse error fails the test), with every text element's content. */
function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const root = doc.documentElement;
  expect(root.tagName).toBe('svg');
  const texts = [...root.getElementsByTagName('text')].map((node) => node.textContent ?? '');
  return { root, texts };
}

describe('the indicator chart', () => {
  it('is an SVG image named by its title and described by its summary', () => {
    const { root } = parse(indicatorChartSvg(indicator, fi, 'fi'));
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('320');
    const title = root.querySelector('title')!;
    const desc = root.querySelector('desc')!;
    expect(root.getAttribute('aria-labelledby')).toBe(`${title.id} ${desc.id}`);
    expect(title.textContent).toBe('Vaikea päästä kuraattorille, 8.–9. lk');
    expect(desc.textContent).toBe(indicatorChartSummary(indicator, fi, 'fi'));
  });

  it('labels the values with decimal commas, the baseline and the target', () => {
    const { texts } = parse(indicatorChartSvg(indicator, fi, 'fi'));
    expect(texts).toEqual(
      expect.arrayContaining([
        `12${nbsp}%`,
        `14,5${nbsp}%`,
        `11${nbsp}%`,
        'Lähtötaso',
        `Tavoite 2025: 10${nbsp}%`,
      ]),
    );
    // Every year from the baseline to the target on the axis.
    expect(texts.filter((text) => /^20\d\d$/.test(text))).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  it('names a long unit on the value axis and gives a baseline outside the values in full', () => {
    const ratio: Indicator = {
      ...indicator,
      unit: 'oppilasta / htv',
      baseline: { year: 2022, value: 812 },
      target: { year: 2026, value: 670 },
      values: [{ year: 2024, value: 1745.5 }],
      latest: { year: 2024, value: 1745.5 },
      status: 'worsening',
    };
    const { texts } = parse(indicatorChartSvg(ratio, createI18n('sv').t, 'sv'));
    expect(texts).toEqual(
      expect.arrayContaining([
        'oppilasta / htv',
        `1${nbsp}745,5`,
        `Utgångsläge 2022: 812${nbsp}oppilasta / htv`,
        `Mål 2026: 670${nbsp}oppilasta / htv`,
      ]),
    );
  });

  it('without values is still a chart, saying there is no data yet', () => {
    const { root, texts } = parse(indicatorChartSvg(empty, fi, 'fi'));
    expect(texts).toContain('Ei vielä seurantatietoa');
    expect(texts).toContain(`Tavoite 2025: 10${nbsp}%`);
    expect(root.querySelector('desc')!.textContent).toBe(
      `Vaikea päästä kuraattorille, 8.–9. lk: ei vielä seurantatietoa. Lähtötaso 2019: 12${nbsp}%. Tavoite 2025: 10${nbsp}%.`,
    );
    const bare = { ...empty, baseline: null, target: null, group: '' };
    expect(parse(indicatorChartSvg(bare, fi, 'fi')).texts).toContain('Ei vielä seurantatietoa');
  });

  it('draws the same string every time, with ids of its own and no interactive styles', () => {
    const first = indicatorChartSvg(indicator, fi, 'fi', { width: 480, height: 240 });
    expect(indicatorChartSvg(indicator, fi, 'fi', { width: 480, height: 240 })).toBe(first);
    expect(first).toContain('width="480"');
    expect(first).not.toMatch(/zr\d|<style|ecmeta_|class=/);
    expect(first).toContain('id="indicator-chart-ind-1-title"');
  });

  it('escapes the names it writes into the SVG', () => {
    const odd = { ...indicator, name: 'Kuraattori & psykologi <yhdessä>', group: '' };
    const { root } = parse(indicatorChartSvg(odd, fi, 'fi'));
    expect(root.querySelector('title')!.textContent).toBe('Kuraattori & psykologi <yhdessä>');
  });

  it('uses the font of the export and colours readable on white', () => {
    expect(indicatorChartSvg(indicator, fi, 'fi')).toContain("font-family:'Source Sans 3'");
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const c = parseInt(hex.slice(at, at + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of [
      chartColours.value,
      chartColours.target,
      chartColours.baseline,
      chartColours.text,
      chartColours.axis,
    ]) {
      expect((1 + 0.05) / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the chart summary', () => {
  it('reads the values by year, the target and the status', () => {
    expect(indicatorChartSummary(indicator, fi, 'fi')).toBe(
      `Vaikea päästä kuraattorille, 8.–9. lk: 2019 12${nbsp}%, 2021 14,5${nbsp}%, 2023 11${nbsp}%. Tavoite 2025: 10${nbsp}%. Paranee.`,
    );
  });

  it('adds a baseline missing from the values, in the language given', () => {
    const later = {
      ...indicator,
      values: [{ year: 2023, value: 9.5 }],
      latest: { year: 2023, value: 9.5 },
      status: 'met' as const,
    };
    expect(indicatorChartSummary(later, createI18n('en').t, 'en')).toBe(
      'Vaikea päästä kuraattorille, 8.–9. lk: 2023 9.5%. Baseline 2019: 12%. Target 2025: 10%. Target met.',
    );
    const noTarget = { ...later, baseline: null, target: null, status: 'noTarget' as const };
    expect(indicatorChartSummary(noTarget, fi, 'fi')).toBe(
      `Vaikea päästä kuraattorille, 8.–9. lk: 2023 9,5${nbsp}%. Ei tavoitetta.`,
    );
  });
});
