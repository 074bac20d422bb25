import type {
  Indicator,
  IndicatorInput,
  PlanData,
  ProfessionFigures,
  RatioSet,
  StaffingRow,
  TotalFigures,
} from '../../domain/plan-data';

/**
 * A small region's data computed by hand (OpHL and THL ratios; see the figures' comments), for
 * the tests of the live blocks' tables, the print HTML, the PDF and Word.
 */

const source = { statutory: 'OpHL 1287/2013', recommendation: 'THL 2023' };
export const sampleRatioSet: RatioSet = {
  id: 'ophl-2023',
  name: { fi: 'OpHL ja THL 2023', sv: 'ElevHL och THL 2023', en: 'Pupil Welfare Act and THL 2023' },
  effectiveFrom: '2023-08-01',
  ratios: [
    ['kuraattori', 'basic', 670, 'statutory'],
    ['kuraattori', 'secondary', 670, 'statutory'],
    ['psykologi', 'basic', 780, 'statutory'],
    ['psykologi', 'secondary', 780, 'statutory'],
    ['terveydenhoitaja', 'basic', 460, 'recommendation'],
    ['terveydenhoitaja', 'secondary', 570, 'recommendation'],
    ['laakari', 'basic', 2100, 'recommendation'],
    ['laakari', 'secondary', 1800, 'recommendation'],
  ].map(([profession, levelGroup, perFte, kind]) => ({
    profession: profession as 'kuraattori',
    levelGroup: levelGroup as 'basic',
    perFte: perFte as number,
    kind: kind as 'statutory',
    source: source[kind as 'statutory'],
    effectiveFrom: '2023-08-01',
  })),
};

type Figures = [
  fte: number | null,
  perFte: number | null,
  required: number | null,
  shortfall: number | null,
  met: boolean | null,
];
const professionOrder = ['kuraattori', 'psykologi', 'terveydenhoitaja', 'laakari'] as const;
const ratioOf = { kuraattori: 670, psykologi: 780, terveydenhoitaja: 460, laakari: 2100 };
const kindOf = {
  kuraattori: 'statutory',
  psykologi: 'statutory',
  terveydenhoitaja: 'recommendation',
  laakari: 'recommendation',
} as const;

function figures(list: Figures[], ratios: Partial<typeof ratioOf> = {}): ProfessionFigures[] {
  return list.map(([fte, perFte, requiredFte, shortfall, met], index) => {
    const profession = professionOrder[index]!;
    const ratio = ratios[profession] ?? ratioOf[profession];
    return {
      profession,
      ratio,
      ratioKind: kindOf[profession],
      fte,
      perFte,
      requiredFte,
      shortfall,
      met,
      overRatio: perFte === null ? null : perFte - ratio,
    };
  });
}

const totals = (list: Figures[], extra: Array<[number, number | null]>, ratios = {}) =>
  figures(list, ratios).map((entry, index): TotalFigures => ({
    ...entry,
    missingRows: extra[index]![0],
    rowShortfall: extra[index]![1],
  }));

const row = (
  id: string,
  area: string,
  level: StaffingRow['level'],
  pupils: number,
  list: Figures[],
  ratios = {},
): StaffingRow => ({
  id,
  area,
  providerId: null,
  level,
  pupils,
  fte: {
    kuraattori: list[0]![0],
    psykologi: list[1]![0],
    terveydenhoitaja: list[2]![0],
    laakari: list[3]![0],
  },
  note: '',
  figures: figures(list, ratios),
});

const secondary = { terveydenhoitaja: 570, laakari: 1800 };

/** An indicator's input: a school health survey share, lower is better, with `overrides`. */
export const indicatorInput = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
  name: 'Vaikea päästä kuraattorille',
  source: 'kouluterveyskysely',
  unit: '%',
  better: 'lower',
  area: 'Keski-Uusimaa',
  group: '8.–9. lk',
  baseline: { year: 2019, value: 12 },
  target: { year: 2025, value: 10 },
  note: '',
  ...overrides,
});

/** The indicator `input` as read: its values oldest first, the last of them the latest. */
export const indicatorOf = (
  input: IndicatorInput,
  read: Pick<Indicator, 'id' | 'values' | 'status'> & Partial<Indicator>,
): Indicator => ({
  ...input,
  starterKey: null,
  position: 0,
  latest: read.values.at(-1) ?? null,
  ...read,
});

export const sampleIndicator = indicatorOf(
  indicatorInput({
    name: 'Kokee terveydentilansa keskinkertaiseksi tai huonoksi',
    area: 'Keski-Suomi',
    baseline: { year: 2021, value: 21.4 },
    target: { year: 2027, value: 15 },
  }),
  {
    id: 'ind-1',
    values: [
      { year: 2021, value: 21.4 },
      { year: 2023, value: 19.8 },
      { year: 2025, value: 18.25 },
    ],
    status: 'improving',
  },
);

/** Jyväskylä basic 1 340 pupils, Jyväskylä lukio 900, Äänekoski basic 1 000. */
export const samplePlanData: PlanData = {
  providers: [
    {
      id: 'p1',
      name: 'Jyväskylän kaupunki',
      kind: 'municipality',
      levels: ['preschool', 'basic', 'upperSecondary'],
      language: 'fi',
      planStatus: 'adopted',
      adoptedOn: '2024-03-05',
      planReference: 'https://www.jyvaskyla.fi/ops',
      needText: '',
      needFigures: [],
      position: 0,
    },
    {
      id: 'p2',
      name: 'Äänekosken kaupunki',
      kind: 'municipality',
      levels: ['basic'],
      language: 'fi',
      planStatus: 'inPreparation',
      adoptedOn: null,
      planReference: '',
      needText: '',
      needFigures: [],
      position: 1,
    },
  ],
  staffing: {
    ratioSet: sampleRatioSet,
    rows: [
      // 1340/2 = 670 met; 1340/1.5 = 893, needs 1.72; 1340/3 = 447, needs 2.92; 1340/0.5 = 2680, needs 0.64.
      row('r1', 'Jyväskylä', 'basic', 1340, [
        [2, 670, 2, 0, true],
        [1.5, 893, 1.72, 0.22, false],
        [3, 447, 2.92, 0, true],
        [0.5, 2680, 0.64, 0.14, false],
      ]),
      // Psychologists not known.
      row(
        'r2',
        'Jyväskylä',
        'upperSecondary',
        900,
        [
          [1, 900, 1.35, 0.35, false],
          [null, null, null, null, null],
          [1.5, 600, 1.58, 0.08, false],
          [0.4, 2250, 0.5, 0.1, false],
        ],
        secondary,
      ),
      row('r3', 'Äänekoski', 'basic', 1000, [
        [1.8, 556, 1.5, 0, true],
        [1.4, 714, 1.29, 0, true],
        [2.5, 400, 2.18, 0, true],
        [0.5, 2000, 0.48, 0, true],
      ]),
    ],
    totals: [
      {
        levelGroup: 'basic',
        pupils: 2340,
        rows: 2,
        figures: totals(
          [
            [3.8, 616, 3.5, 0, true],
            [2.9, 807, 3, 0.1, false],
            [5.5, 425, 5.09, 0, true],
            [1, 2340, 1.12, 0.12, false],
          ],
          [
            [0, 0],
            [0, 0.22],
            [0, 0],
            [0, 0.14],
          ],
        ),
      },
      {
        levelGroup: 'secondary',
        pupils: 900,
        rows: 1,
        figures: totals(
          [
            [1, 900, 1.35, 0.35, false],
            [null, null, null, null, null],
            [1.5, 600, 1.58, 0.08, false],
            [0.4, 2250, 0.5, 0.1, false],
          ],
          [
            [0, 0.35],
            [1, null],
            [0, 0.08],
            [0, 0.1],
          ],
          secondary,
        ),
      },
      {
        levelGroup: null,
        pupils: 3240,
        rows: 3,
        figures: totals(
          [
            [4.8, 675, 4.85, 0.05, false],
            [2.9, 807, 3, 0.1, false],
            [7, 463, 6.67, 0, true],
            [1.4, 2314, 1.62, 0.22, false],
          ],
          [
            [0, 0.35],
            [1, 0.22],
            [0, 0.08],
            [0, 0.24],
          ],
        ),
      },
    ],
  },
  indicators: [sampleIndicator],
  ratioSets: [sampleRatioSet],
};
