import type { Ratio, RatioSet } from '../domain/plan-data';

/**
 * The ratio sets the app knows, newest first (sources: ../shared/reference/statutory.md §6). A plan
 * copies the set it uses into its file, so a set here is never changed once released: a change in
 * the law or in a recommendation is a new set with a new id.
 */

const statutory = 'OpHL, muutos HE 165/2021 vp (EV 180/2021)';
const secondaryGuide = 'STM, Opiskeluterveydenhuollon opas 2020–21';

/** THL's and STM's recommendations for school and student health care (not binding). */
const healthRecommendations: Ratio[] = [
  {
    profession: 'terveydenhoitaja',
    levelGroup: 'basic',
    perFte: 460,
    kind: 'recommendation',
    source: 'THL 2023',
    effectiveFrom: '2023-04-01',
  },
  {
    profession: 'terveydenhoitaja',
    levelGroup: 'secondary',
    perFte: 570,
    kind: 'recommendation',
    source: secondaryGuide,
    effectiveFrom: '2021-04-16',
  },
  {
    profession: 'laakari',
    levelGroup: 'basic',
    perFte: 2100,
    kind: 'recommendation',
    source: 'STM/THL 2004 (ennallaan 2023)',
    effectiveFrom: '2004-01-01',
  },
  {
    profession: 'laakari',
    levelGroup: 'secondary',
    perFte: 1800,
    kind: 'recommendation',
    source: secondaryGuide,
    effectiveFrom: '2021-04-16',
  },
];

/** The same figure for both level groups. */
const bothGroups = (ratio: Omit<Ratio, 'levelGroup'>): Ratio[] => [
  { ...ratio, levelGroup: 'basic' },
  { ...ratio, levelGroup: 'secondary' },
];

/** The statutory ratios in force (kuraattori 670, psykologi 780) with THL's recommendations. */
const ophl2023: RatioSet = {
  id: 'ophl-2023',
  name: {
    fi: 'OpHL:n mitoitus (1.8.2023) ja THL:n suositukset',
    sv: 'Dimensioneringen i lagen om elev- och studerandevård (1.8.2023) och THL:s rekommendationer',
    en: 'Statutory ratios (1 Aug 2023) and THL recommendations',
  },
  effectiveFrom: '2023-08-01',
  ratios: [
    ...bothGroups({
      profession: 'kuraattori',
      perFte: 670,
      kind: 'statutory',
      source: statutory,
      effectiveFrom: '2022-08-01',
    }),
    ...bothGroups({
      profession: 'psykologi',
      perFte: 780,
      kind: 'statutory',
      source: statutory,
      effectiveFrom: '2023-08-01',
    }),
    ...healthRecommendations,
  ],
};

/**
 * The professional bodies' targets (Talentia: 500 per kuraattori; Psykologiliitto: 500 per
 * psykologi), not binding, with THL's recommendations for nurses and doctors.
 */
const target500: RatioSet = {
  id: 'tavoite-500',
  name: {
    fi: 'Ammattijärjestöjen tavoite (kuraattori ja psykologi 500) ja THL:n suositukset',
    sv: 'Fackförbundens mål (kurator och psykolog 500) och THL:s rekommendationer',
    en: "Professional bodies' targets (social worker and psychologist 500) and THL recommendations",
  },
  effectiveFrom: '2023-08-01',
  ratios: [
    ...bothGroups({
      profession: 'kuraattori',
      perFte: 500,
      kind: 'recommendation',
      source: 'Talentia (tavoite 500 oppilasta kuraattoria kohden)',
      effectiveFrom: '2023-08-01',
    }),
    ...bothGroups({
      profession: 'psykologi',
      perFte: 500,
      kind: 'recommendation',
      source: 'Psykologiliitto (tavoite 500 oppilasta psykologia kohden)',
      effectiveFrom: '2023-08-01',
    }),
    ...healthRecommendations,
  ],
};

export const ratioSets: readonly RatioSet[] = [ophl2023, target500];

export const findRatioSet = (id: string): RatioSet | undefined =>
  ratioSets.find((set) => set.id === id);
