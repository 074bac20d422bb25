import type { EducationLevel, StaffingColumns } from '../../../shared/domain/plan-data';
import { placeColumns, type Keywords } from '../comment-import/header-words';
import { matchCell } from './header-match';
import { unplacedHeaders } from './table-file';

/**
 * The staffing table's columns, recognised from Finnish, Swedish and English headers, e.g.
 * `Alue;Aste;Oppilaita;Kuraattorit;Psykologit;Terveydenhoitajat;Lääkärit` or
 * `Kommun;Nivå;Elever;Kuratorer (årsv.);…` or `Municipality;Level;Pupils;Social workers;…`.
 */

type Role = keyof StaffingColumns;

const keywords: Keywords<Role> = {
  area: [
    'alue*',
    'kunta*',
    'kunnat',
    'jarjestaja*',
    'koulutuksen jarjestaja*',
    'opetuksen jarjestaja*',
    'omrade*',
    'kommun*',
    'anordnare*',
    'utbildningsanordnare*',
    'huvudman*',
    'area*',
    'municipalit*',
    'provider*',
    'education provider*',
  ],
  level: [
    'aste',
    'asteet',
    'koulutusaste*',
    'kouluaste*',
    'opetusaste*',
    'koulutusmuoto*',
    'opetusmuoto*',
    'niva',
    'utbildningsniva*',
    'skolniva*',
    'stadium',
    'skolstadium',
    'utbildningsform*',
    'level*',
    'education level*',
    'school level*',
    'stage',
  ],
  pupils: [
    'oppila*',
    'opiskelija*',
    'lapset',
    'lapsia',
    'elev*',
    'studerande*',
    'barn',
    'pupil*',
    'student*',
    'children',
  ],
  kuraattori: [
    'kuraattor*',
    'koulukuraattor*',
    'opiskelijakuraattor*',
    'kurator*',
    'skolkurator*',
    'social worker*',
    'school social worker*',
    'counsel*',
    'school counsel*',
  ],
  psykologi: ['psykolog*', 'koulupsykolog*', 'skolpsykolog*', 'psycholog*', 'school psycholog*'],
  terveydenhoitaja: [
    'terveydenhoitaj*',
    'kouluterveydenhoitaj*',
    'opiskeluterveydenhoitaj*',
    'halsovardar*',
    'skolhalsovardar*',
    'nurse*',
    'school nurse*',
    'health nurse*',
  ],
  laakari: [
    'laakar*',
    'koululaakar*',
    'opiskeluterveydenhuollon laakar*',
    'lakare*',
    'skollakare*',
    'doctor*',
    'school doctor*',
    'physician*',
  ],
};

/** Pupil welfare (oppilashuolto) and schools (oppilaitokset) are not pupils. */
const excluded: Partial<Record<Role, readonly string[]>> = {
  pupils: ['oppilashuol*', 'oppilaito*', 'opiskelijahuol*', 'elevhals*', 'elevvard*'],
};

/** Area and level win a tie: a "Kunta" column is the area, whatever else it could be. */
const roles: readonly Role[] = [
  'area',
  'level',
  'pupils',
  'kuraattori',
  'psykologi',
  'terveydenhoitaja',
  'laakari',
];

export interface RecognisedStaffingColumns {
  /** null when no area or no level column was found (`missing` says which). */
  columns: StaffingColumns | null;
  missing: 'area' | 'level' | null;
  /** Headers that name nothing the staffing table holds. */
  unplaced: string[];
}

export function recogniseStaffingColumns(headers: readonly string[]): RecognisedStaffingColumns {
  const placed = placeColumns(headers, keywords, roles, { excluded });
  const unplaced = unplacedHeaders(headers, [...placed.values()]);
  const area = placed.get('area');
  const level = placed.get('level');
  if (area === undefined || level === undefined) {
    return { columns: null, missing: area === undefined ? 'area' : 'level', unplaced };
  }
  const optional = (role: Role) => placed.get(role) ?? null;
  return {
    columns: {
      area,
      level,
      pupils: optional('pupils'),
      kuraattori: optional('kuraattori'),
      psykologi: optional('psykologi'),
      terveydenhoitaja: optional('terveydenhoitaja'),
      laakari: optional('laakari'),
    },
    missing: null,
    unplaced,
  };
}

/** Checked in this order: "pre-primary" before anything that could start like "primary". */
const levelWords: ReadonlyArray<readonly [EducationLevel, readonly string[]]> = [
  [
    'preschool',
    [
      'esiopetu*',
      'esiopetuksen*',
      'esikoulu*',
      'eskari',
      'forskola*',
      'forskoleundervisning*',
      'pre primary*',
      'preprimary*',
      'preschool*',
      'pre school*',
    ],
  ],
  [
    'tuva',
    [
      'tuva',
      'tutkintokoulutukseen valmentava*',
      'hux',
      'utbildning som handleder for examensutbildning*',
      'preparatory*',
    ],
  ],
  [
    'basic',
    [
      'perusopetu*',
      'peruskoulu*',
      'perusaste*',
      'grundlaggande*',
      'grundskola*',
      'basic*',
      'comprehensive*',
      'primary*',
    ],
  ],
  [
    'upperSecondary',
    [
      'lukio*',
      'lukiokoulutu*',
      'gymnasi*',
      'upper secondary*',
      'uppersecondary',
      'general upper secondary*',
      'high school*',
    ],
  ],
  [
    'vocational',
    [
      'ammatillinen*',
      'ammatillise*',
      'ammattikoulu*',
      'amis',
      'yrkes*',
      'yrkesutbildning*',
      'vocational*',
    ],
  ],
];

/** The level a cell names ("Perusopetus", "grundläggande utbildning", "Upper secondary"), or null. */
export const levelOfCell = (cell: string): EducationLevel | null => matchCell(cell, levelWords);
