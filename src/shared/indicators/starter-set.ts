import type { IndicatorInput, IndicatorSource } from '../domain/plan-data';
import type { Language } from '../domain/settings';

type Text = Record<Language, string>;

/**
 * An entry of the ready-made indicator set (mittaristo) the secretary picks from. The themes are
 * those the sources publish (statutory.md §7); the names follow THL's wording without claiming
 * its indicator codes. `key` is stored with the indicator (starter_key), so it never changes.
 */
export interface StarterIndicator {
  key: string;
  source: IndicatorSource;
  better: 'higher' | 'lower';
  name: Text;
  unit: Text;
  /** The level or group the figure is about. */
  group: Text;
  /** Where the figure is found. */
  note: Text;
}

const percent: Text = { fi: '%', sv: '%', en: '%' };
const grades89: Text = { fi: '8.–9. lk', sv: 'åk 8–9', en: 'grades 8–9' };
const lukio12: Text = {
  fi: 'lukio 1.–2. vsk',
  sv: 'gymnasiet år 1–2',
  en: 'general upper secondary, years 1–2',
};
const basicEducation: Text = {
  fi: 'perusopetus',
  sv: 'grundläggande utbildning',
  en: 'basic education',
};
const allLevels: Text = { fi: 'kaikki asteet', sv: 'alla stadier', en: 'all levels' };

const ktkNote: Text = {
  fi: 'THL, Kouluterveyskysely: tulokset alueittain (hyvinvointialue tai kunta), aihealue Palvelut ja avunsaanti tai Terveys. Kysely tehdään parittomina vuosina.',
  sv: 'THL, Hälsa i skolan: resultat per område (välfärdsområde eller kommun), temat Tjänster och tillgång till hjälp eller Hälsa. Enkäten görs udda år.',
  en: 'THL, School Health Promotion study: results by area (wellbeing services county or municipality), theme Services and access to help or Health. Run in odd years.',
};
const ktkHealthNote: Text = {
  fi: 'THL, Kouluterveyskysely: tulokset alueittain, aihealue Terveys. Kysely tehdään parittomina vuosina.',
  sv: 'THL, Hälsa i skolan: resultat per område, temat Hälsa. Enkäten görs udda år.',
  en: 'THL, School Health Promotion study: results by area, theme Health. Run in odd years.',
};

/** "Kokee, että on vaikea päästä … vastaanotolle" for one professional, 8.–9. lk. */
function accessDifficulty(key: string, fi: string, sv: string, en: string): StarterIndicator {
  return {
    key,
    source: 'kouluterveyskysely',
    better: 'lower',
    name: {
      fi: `Kokee, että on vaikea päästä ${fi} vastaanotolle`,
      sv: `Upplever att det är svårt att komma till ${sv} mottagning`,
      en: `Finds it difficult to get an appointment with the ${en}`,
    },
    unit: percent,
    group: grades89,
    note: ktkNote,
  };
}

/** Within 7 working days of asking (OpHL 15 §), from the county's own records. */
function ownAccess(key: string, fi: string, sv: string, en: string): StarterIndicator {
  return {
    key,
    source: 'own',
    better: 'higher',
    name: {
      fi: `${fi} vastaanotolle pääsy 7 työpäivässä`,
      sv: `Tid hos ${sv} inom 7 arbetsdagar`,
      en: `Appointment with the ${en} within 7 working days`,
    },
    unit: percent,
    group: allLevels,
    note: {
      fi: 'Oma tieto: hyvinvointialueen ajanvarausjärjestelmä, osuus yhteydenotoista, joissa vastaanotolle päästiin viimeistään seitsemäntenä työpäivänä (OpHL 15 §).',
      sv: 'Egen uppgift: välfärdsområdets tidsbokningssystem, andel kontakter där man fick tid senast den sjunde arbetsdagen (lagen om elev- och studerandevård 15 §).',
      en: "Own data: the county's booking system, the share of requests seen by the seventh working day at the latest (Pupil and Student Welfare Act, section 15).",
    },
  };
}

/** The ready-made starter set, in the order the picker lists it. */
export const starterIndicators: readonly StarterIndicator[] = [
  accessDifficulty(
    'ktk-kuraattori-vaikea',
    'koulukuraattorin',
    'skolkuratorns',
    'school social worker',
  ),
  accessDifficulty(
    'ktk-psykologi-vaikea',
    'koulupsykologin',
    'skolpsykologens',
    'school psychologist',
  ),
  accessDifficulty(
    'ktk-terveydenhoitaja-vaikea',
    'kouluterveydenhoitajan',
    'skolhälsovårdarens',
    'school nurse',
  ),
  accessDifficulty('ktk-laakari-vaikea', 'koululääkärin', 'skolläkarens', 'school doctor'),
  {
    key: 'ktk-ahdistuneisuus',
    source: 'kouluterveyskysely',
    better: 'lower',
    name: {
      fi: 'Kohtalainen tai vaikea ahdistuneisuus',
      sv: 'Måttlig eller svår ångest',
      en: 'Moderate or severe anxiety',
    },
    unit: percent,
    group: lukio12,
    note: ktkHealthNote,
  },
  {
    key: 'ktk-terveydentila',
    source: 'kouluterveyskysely',
    better: 'lower',
    name: {
      fi: 'Kokee terveydentilansa keskinkertaiseksi tai huonoksi',
      sv: 'Upplever sitt hälsotillstånd som medelmåttigt eller dåligt',
      en: 'Rates own health as fair or poor',
    },
    unit: percent,
    group: grades89,
    note: ktkHealthNote,
  },
  {
    key: 'teaviisari-kouluterveydenhuolto',
    source: 'teaviisari',
    better: 'higher',
    name: {
      fi: 'Kouluterveydenhuollon toimintaa kuvaava TEA-pisteluku',
      sv: 'TEA-poäng för skolhälsovårdens verksamhet',
      en: 'TEA score of school health care',
    },
    unit: { fi: 'pistettä (0–100)', sv: 'poäng (0–100)', en: 'points (0–100)' },
    group: basicEducation,
    note: {
      fi: 'THL, TEAviisari (teaviisari.fi): perusterveydenhuollon tiedonkeruu, kouluterveydenhuollon pisteluku alueittain; 100 on paras.',
      sv: 'THL, TEAviisari (teaviisari.fi): datainsamlingen om primärvården, poäng för skolhälsovården per område; 100 är bäst.',
      en: 'THL, TEAviisari (teaviisari.fi): the primary health care data collection, school health care score by area; 100 is best.',
    },
  },
  {
    key: 'teaviisari-opiskeluhuolto',
    source: 'teaviisari',
    better: 'higher',
    name: {
      fi: 'Opiskeluhuollon toimintaa kuvaava TEA-pisteluku',
      sv: 'TEA-poäng för studerandevårdens verksamhet',
      en: 'TEA score of student welfare',
    },
    unit: { fi: 'pistettä (0–100)', sv: 'poäng (0–100)', en: 'points (0–100)' },
    group: lukio12,
    note: {
      fi: 'THL, TEAviisari (teaviisari.fi): lukiokoulutuksen tiedonkeruu, opiskeluhuollon pisteluku alueittain; 100 on paras.',
      sv: 'THL, TEAviisari (teaviisari.fi): datainsamlingen om gymnasieutbildningen, poäng för studerandevården per område; 100 är bäst.',
      en: 'THL, TEAviisari (teaviisari.fi): the general upper secondary data collection, student welfare score by area; 100 is best.',
    },
  },
  {
    key: 'avohilmo-laajat-tarkastukset',
    source: 'avohilmo',
    better: 'higher',
    name: {
      fi: 'Kouluterveydenhuollon laajat terveystarkastukset toteutuneet',
      sv: 'Genomförda omfattande hälsoundersökningar inom skolhälsovården',
      en: 'Extensive health examinations carried out in school health care',
    },
    unit: percent,
    group: { fi: '1., 5. ja 8. lk', sv: 'åk 1, 5 och 8', en: 'grades 1, 5 and 8' },
    note: {
      fi: 'THL, AvoHILMO (perusterveydenhuollon avohoidon hoitoilmoitus): kirjatut laajat terveystarkastukset suhteessa 1., 5. ja 8. luokan oppilaiden määrään.',
      sv: 'THL, AvoHILMO (vårdanmälan för öppenvården inom primärvården): registrerade omfattande hälsoundersökningar i förhållande till antalet elever i åk 1, 5 och 8.',
      en: 'THL, AvoHILMO (the primary outpatient care register): recorded extensive health examinations against the number of pupils in grades 1, 5 and 8.',
    },
  },
  ownAccess('oma-kuraattori-7-tyopaivaa', 'Kuraattorin', 'kuratorn', 'school social worker'),
  ownAccess('oma-psykologi-7-tyopaivaa', 'Psykologin', 'psykologen', 'school psychologist'),
  {
    key: 'oma-oppilaita-per-kuraattori',
    source: 'own',
    better: 'lower',
    name: {
      fi: 'Oppilaita ja opiskelijoita kuraattorin henkilötyövuotta kohden',
      sv: 'Elever och studerande per kuratorsårsverke',
      en: 'Pupils and students per school social worker FTE',
    },
    unit: { fi: 'oppilasta / htv', sv: 'elever / åv', en: 'pupils / FTE' },
    group: allLevels,
    note: {
      fi: 'Oma tieto: Tiedot-näkymän henkilöstömitoitus, koko alue; lakisääteinen enimmäismäärä on 670.',
      sv: 'Egen uppgift: personaldimensioneringen i vyn Uppgifter, hela området; lagens högsta antal är 670.',
      en: 'Own data: the staffing table of the Data view, whole region; the statutory maximum is 670.',
    },
  },
];

/** The entry of `key`, or undefined. */
export const starterIndicator = (key: string): StarterIndicator | undefined =>
  starterIndicators.find((entry) => entry.key === key);

/** A starter entry as a new indicator in `language`: no area, baseline or target yet. */
export const starterInput = (entry: StarterIndicator, language: Language): IndicatorInput => ({
  name: entry.name[language],
  source: entry.source,
  unit: entry.unit[language],
  better: entry.better,
  area: '',
  group: entry.group[language],
  baseline: null,
  target: null,
  note: entry.note[language],
});
