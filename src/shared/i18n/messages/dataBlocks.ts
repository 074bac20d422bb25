import { defineMessages } from '../define';

/** Live data blocks in the text: inserting, rendering, removed data. */
export const dataBlocksMessages = defineMessages(
  {
    toolbar: 'Lisää tietotaulukko tai kaavio',
    label: {
      live: 'Tiedoista – päivittyy automaattisesti',
      frozen: 'Tiedot versiosta {{number}}',
      frozenNoNumber: 'Tiedot sellaisina kuin ne tallennettiin versioon',
    },
    loading: 'Ladataan tietoja…',
    noFrozenData:
      'Tämä versio tallennettiin ennen kuin tiedot säilytettiin versioissa, joten taulukkoa ei voi näyttää.',
    unreadable: 'Tätä tietolohkoa ei voi näyttää: sen tallennettu muoto on tuntematon.',
    unavailable: 'Tätä taulukkoa ei voi vielä näyttää.',
    missingIndicator: 'Kaavion indikaattori on poistettu Tiedot-näkymästä.',
    chartFallback: 'Indikaattorin {{name}} kaavio',
    revisionNote:
      'Taulukot ja kaaviot näyttävät suunnitelman nykyiset tiedot, eivät tämän tallennuksen aikaisia.',
    kind: {
      staffing: 'Henkilöstömitoitus',
      shortfall: 'Vajeen yhteenveto',
      providers: 'Koulutuksen järjestäjät',
      indicators: 'Mittaristo',
      indicatorChart: 'Indikaattorin kaavio',
    },
    kindHint: {
      staffing: 'Oppilaat, henkilötyövuodet ja mitoitus alueittain ja asteittain.',
      shortfall: 'Koko alueen vaje ammattiryhmittäin.',
      providers: 'Järjestäjät ja niiden omien suunnitelmien tila.',
      indicators: 'Indikaattorit lähtötasoineen, tavoitteineen ja tilanteineen.',
      indicatorChart: 'Yhden indikaattorin kehitys vuosittain tavoitteeseen verrattuna.',
    },
    levelGroup: {
      all: 'Kaikki asteet',
      basic: 'Esi- ja perusopetus',
      secondary: 'Toinen aste',
    },
    dialog: {
      title: 'Lisää tietotaulukko tai kaavio',
      description:
        'Taulukko tai kaavio näyttää aina suunnitelman ajantasaiset tiedot. Jokaiseen tallennettuun versioon tiedot jäävät sellaisina kuin ne olivat.',
      kind: 'Mitä lisätään',
      levelGroup: 'Asteet',
      indicator: 'Indikaattori',
      noIndicators: 'Indikaattoreita ei ole vielä.',
      preview: 'Esikatselu',
      insert: 'Lisää tekstiin',
      noData:
        'Suunnitelmassa ei ole vielä näitä tietoja. Lisää ne Tiedot-näkymässä (yläpalkin Tiedot-painike); lisätty taulukko täydentyy tekstiin itsestään.',
    },
  },
  {
    toolbar: 'Infoga datatabell eller diagram',
    label: {
      live: 'Från uppgifterna – uppdateras automatiskt',
      frozen: 'Uppgifter från version {{number}}',
      frozenNoNumber: 'Uppgifterna såsom de sparades i versionen',
    },
    loading: 'Uppgifterna laddas…',
    noFrozenData:
      'Den här versionen sparades innan uppgifterna bevarades i versioner, så tabellen kan inte visas.',
    unreadable: 'Det här datablocket kan inte visas: dess sparade form är okänd.',
    unavailable: 'Den här tabellen kan inte visas ännu.',
    missingIndicator: 'Diagrammets indikator har tagits bort i vyn Uppgifter.',
    chartFallback: 'Diagram över indikatorn {{name}}',
    revisionNote:
      'Tabeller och diagram visar planens nuvarande uppgifter, inte dem som gällde när detta sparades.',
    kind: {
      staffing: 'Personaldimensionering',
      shortfall: 'Sammandrag av underskottet',
      providers: 'Utbildningsanordnare',
      indicators: 'Indikatorer',
      indicatorChart: 'Diagram över en indikator',
    },
    kindHint: {
      staffing: 'Elever, årsverken och dimensionering per område och stadium.',
      shortfall: 'Hela områdets underskott per yrkesgrupp.',
      providers: 'Anordnarna och läget för deras egna planer.',
      indicators: 'Indikatorerna med utgångsläge, mål och läge.',
      indicatorChart: 'En indikators utveckling år för år jämfört med målet.',
    },
    levelGroup: {
      all: 'Alla stadier',
      basic: 'Förskole- och grundläggande utbildning',
      secondary: 'Andra stadiet',
    },
    dialog: {
      title: 'Infoga datatabell eller diagram',
      description:
        'Tabellen eller diagrammet visar alltid planens aktuella uppgifter. I varje sparad version bevaras uppgifterna såsom de var.',
      kind: 'Vad infogas',
      levelGroup: 'Stadier',
      indicator: 'Indikator',
      noIndicators: 'Det finns inga indikatorer ännu.',
      preview: 'Förhandsvisning',
      insert: 'Infoga i texten',
      noData:
        'Planen har ännu inte dessa uppgifter. Lägg till dem i vyn Uppgifter (knappen Uppgifter överst); den infogade tabellen fylls i av sig själv.',
    },
  },
  {
    toolbar: 'Insert data table or chart',
    label: {
      live: 'From the data – updates automatically',
      frozen: 'Data from version {{number}}',
      frozenNoNumber: 'The data as saved with the version',
    },
    loading: 'Loading the data…',
    noFrozenData:
      'This version was saved before data was kept with versions, so the table cannot be shown.',
    unreadable: 'This data block cannot be shown: its stored form is unknown.',
    unavailable: 'This table cannot be shown yet.',
    missingIndicator: 'The chart’s indicator has been removed in the Data view.',
    chartFallback: 'Chart of the indicator {{name}}',
    revisionNote:
      'Tables and charts show the plan’s current data, not the data as it was when this was saved.',
    kind: {
      staffing: 'Staffing',
      shortfall: 'Shortfall summary',
      providers: 'Education providers',
      indicators: 'Indicator set',
      indicatorChart: 'Indicator chart',
    },
    kindHint: {
      staffing: 'Pupils, full-time equivalents and ratios by area and level.',
      shortfall: 'The whole region’s shortfall by profession.',
      providers: 'The providers and the state of their own plans.',
      indicators: 'The indicators with baseline, target and status.',
      indicatorChart: 'One indicator over the years against its target.',
    },
    levelGroup: {
      all: 'All levels',
      basic: 'Pre-primary and basic education',
      secondary: 'Upper secondary',
    },
    dialog: {
      title: 'Insert data table or chart',
      description:
        'The table or chart always shows the plan’s current data. Every saved version keeps the data as it was.',
      kind: 'What to insert',
      levelGroup: 'Levels',
      indicator: 'Indicator',
      noIndicators: 'There are no indicators yet.',
      preview: 'Preview',
      insert: 'Insert into the text',
      noData:
        'The plan does not have this data yet. Add it in the Data view (the Data button at the top); the inserted table fills in by itself.',
    },
  },
);
