import { defineMessages } from '../define';

/**
 * The words of the plan's data, shared by the Tiedot view, the live blocks, the exports and the
 * CLI: provider kinds, levels, languages, plan statuses, professions, ratio kinds, indicator sources,
 * directions and statuses.
 */
export const planDataMessages = defineMessages(
  {
    providerKind: {
      municipality: 'Kunta',
      jointAuthority: 'Kuntayhtymä',
      private: 'Yksityinen',
      state: 'Valtio',
    },
    level: {
      preschool: 'Esiopetus',
      basic: 'Perusopetus',
      upperSecondary: 'Lukio',
      vocational: 'Ammatillinen koulutus',
      tuva: 'TUVA',
    },
    levelGroup: {
      basic: 'Esi- ja perusopetus',
      secondary: 'Toinen aste',
      all: 'Koko alue',
    },
    providerLanguage: { fi: 'Suomi', sv: 'Ruotsi', both: 'Suomi ja ruotsi' },
    planStatus: {
      notStarted: 'Ei aloitettu',
      inPreparation: 'Valmistelussa',
      adopted: 'Hyväksytty',
    },
    profession: {
      kuraattori: 'Kuraattori',
      psykologi: 'Psykologi',
      terveydenhoitaja: 'Terveydenhoitaja',
      laakari: 'Lääkäri',
    },
    professionPlural: {
      kuraattori: 'Kuraattorit',
      psykologi: 'Psykologit',
      terveydenhoitaja: 'Terveydenhoitajat',
      laakari: 'Lääkärit',
    },
    ratioKind: { statutory: 'Lakisääteinen', recommendation: 'Suositus' },
    indicatorSource: {
      kouluterveyskysely: 'Kouluterveyskysely',
      teaviisari: 'TEAviisari',
      avohilmo: 'AvoHILMO',
      own: 'Oma tieto',
    },
    better: { higher: 'Suurempi on parempi', lower: 'Pienempi on parempi' },
    indicatorStatus: {
      met: 'Tavoite saavutettu',
      improving: 'Paranee',
      unchanged: 'Ennallaan',
      worsening: 'Heikkenee',
      noTarget: 'Ei tavoitetta',
      noData: 'Ei seurantatietoa',
    },
    fte: 'htv',
    unknown: 'ei tiedossa',
  },
  {
    providerKind: {
      municipality: 'Kommun',
      jointAuthority: 'Samkommun',
      private: 'Privat',
      state: 'Staten',
    },
    level: {
      preschool: 'Förskoleundervisning',
      basic: 'Grundläggande utbildning',
      upperSecondary: 'Gymnasium',
      vocational: 'Yrkesutbildning',
      tuva: 'Hux',
    },
    levelGroup: {
      basic: 'Förskole- och grundläggande utbildning',
      secondary: 'Andra stadiet',
      all: 'Hela området',
    },
    providerLanguage: { fi: 'Finska', sv: 'Svenska', both: 'Finska och svenska' },
    planStatus: {
      notStarted: 'Inte påbörjad',
      inPreparation: 'Under beredning',
      adopted: 'Godkänd',
    },
    profession: {
      kuraattori: 'Kurator',
      psykologi: 'Psykolog',
      terveydenhoitaja: 'Hälsovårdare',
      laakari: 'Läkare',
    },
    professionPlural: {
      kuraattori: 'Kuratorer',
      psykologi: 'Psykologer',
      terveydenhoitaja: 'Hälsovårdare',
      laakari: 'Läkare',
    },
    ratioKind: { statutory: 'Lagstadgad', recommendation: 'Rekommendation' },
    indicatorSource: {
      kouluterveyskysely: 'Hälsa i skolan',
      teaviisari: 'TEAviisari',
      avohilmo: 'AvoHILMO',
      own: 'Egen uppgift',
    },
    better: { higher: 'Större är bättre', lower: 'Mindre är bättre' },
    indicatorStatus: {
      met: 'Målet uppnått',
      improving: 'Förbättras',
      unchanged: 'Oförändrad',
      worsening: 'Försämras',
      noTarget: 'Inget mål',
      noData: 'Ingen uppföljningsdata',
    },
    fte: 'åv',
    unknown: 'okänt',
  },
  {
    providerKind: {
      municipality: 'Municipality',
      jointAuthority: 'Joint municipal authority',
      private: 'Private',
      state: 'State',
    },
    level: {
      preschool: 'Pre-primary',
      basic: 'Basic education',
      upperSecondary: 'General upper secondary',
      vocational: 'Vocational',
      tuva: 'TUVA (preparatory)',
    },
    levelGroup: {
      basic: 'Pre-primary and basic',
      secondary: 'Upper secondary',
      all: 'Whole region',
    },
    providerLanguage: { fi: 'Finnish', sv: 'Swedish', both: 'Finnish and Swedish' },
    planStatus: {
      notStarted: 'Not started',
      inPreparation: 'In preparation',
      adopted: 'Adopted',
    },
    profession: {
      kuraattori: 'School social worker',
      psykologi: 'Psychologist',
      terveydenhoitaja: 'School nurse',
      laakari: 'Doctor',
    },
    professionPlural: {
      kuraattori: 'School social workers',
      psykologi: 'Psychologists',
      terveydenhoitaja: 'School nurses',
      laakari: 'Doctors',
    },
    ratioKind: { statutory: 'Statutory', recommendation: 'Recommendation' },
    indicatorSource: {
      kouluterveyskysely: 'School Health Promotion study',
      teaviisari: 'TEAviisari',
      avohilmo: 'AvoHILMO',
      own: 'Own data',
    },
    better: { higher: 'Higher is better', lower: 'Lower is better' },
    indicatorStatus: {
      met: 'Target met',
      improving: 'Improving',
      unchanged: 'Unchanged',
      worsening: 'Worsening',
      noTarget: 'No target',
      noData: 'No follow-up data',
    },
    fte: 'FTE',
    unknown: 'not known',
  },
);
