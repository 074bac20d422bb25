import type { Language } from '../domain/settings';

/**
 * The requirement catalogue: what oppilas- ja opiskelijahuoltolaki 1287/2013 (OpHL) requires of
 * the regional student welfare plan (alueellinen opiskeluhuoltosuunnitelma), as data. Every item,
 * its reference, its verification status and its sources come from shared/reference/statutory.md
 * §4 (source tags [S#] as listed there in §10); nothing here goes beyond that file.
 *
 * The Swedish statute text of 13 a § and 14 a § was not found in the reference material: the
 * Swedish labels are proposed translations built on the verified Swedish terms ("regional
 * elevhälsoplan", "regional samarbetsgrupp", "elevhälsotjänster", "utbildningsanordnare"), so every
 * item carries `svUnverified: true` and the app says so beside the Swedish label.
 */

/** Changes whenever a requirement is added, removed or its meaning changes. */
export const CATALOGUE_VERSION = '2026-11-28';

/** The law the catalogue reflects: OpHL 1287/2013 as amended by 377/2022, in force 1.1.2023. */
export const CATALOGUE_LAW_DATE = '2023-01-01';
export const CATALOGUE_LAW = 'OpHL 1287/2013, muutettu 377/2022';

/**
 * VERIFIED: the statute text was seen in a stored copy of the source. SECONDARY: seen only in a
 * secondary source (a county's minutes quoting or paraphrasing the law). UNVERIFIED: not found in
 * the stored material.
 */
export const verificationLevels = ['verified', 'secondary', 'unverified'] as const;
export type Verification = (typeof verificationLevels)[number];

/**
 * all: every plan. notHelsinki: not when Helsinki puts the content into its municipal plan
 * (13 a § 4 mom. does not apply to Helsinki). helsinkiOnly: only the Helsinki variant.
 */
export const applicabilities = ['all', 'notHelsinki', 'helsinkiOnly'] as const;
export type Applicability = (typeof applicabilities)[number];

export interface LegalReference {
  /** 'OpHL 1287/2013' or another act. */
  act: string;
  /** Section, e.g. '13 a'. */
  section: string;
  /** Subsection (momentti), when the requirement is in one. */
  subsection?: number;
  /** Item (kohta) of the subsection. */
  item?: number;
  /** A part of the item or subsection, e.g. 'first limb'. */
  part?: string;
}

export interface Requirement {
  id: string;
  /** The provisions, main one first. */
  references: readonly LegalReference[];
  /** The references written out in each language, as shown to the user. */
  citation: Record<Language, string>;
  label: Record<Language, string>;
  /** What content satisfies the requirement (statutory.md §4 "Evidence"). */
  explanation: Record<Language, string>;
  verification: Verification;
  /** A note on what is less than verified, per language; absent when all is verified. */
  verificationNote?: Record<Language, string>;
  /** The Swedish label is a proposed translation, not the Swedish statute wording. */
  svUnverified: true;
  /** Source tags of statutory.md §10. */
  sources: readonly string[];
  applicability: Applicability;
}

const OPHL = 'OpHL 1287/2013';

export const requirementCatalogue: readonly Requirement[] = [
  {
    id: 'reg.goals_principles',
    references: [{ act: OPHL, section: '13 a', subsection: 2, item: 1 }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 1 k.',
      sv: '13 a § 2 mom. 1 punkten i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2)(1)',
    },
    label: {
      fi: 'Opiskeluhuoltopalvelujen alueellisen toteuttamisen tavoitteet ja keskeiset periaatteet',
      sv: 'Mål och centrala principer för det regionala genomförandet av elevhälsotjänsterna',
      en: 'Objectives and key principles for delivering student welfare services in the region',
    },
    explanation: {
      fi: 'Luku, jossa on mitattavat tavoitteet ja periaatteet, esimerkiksi yhteisöllinen työ ensin, lähipalvelu, yhdenvertainen saatavuus, kielelliset oikeudet ja kytkös hyvinvointialueen strategiaan. Sen tulee kattaa kouluterveydenhuolto, opiskeluterveydenhuolto sekä psykologi- ja kuraattoripalvelut.',
      sv: 'Ett kapitel med mätbara mål och principer, till exempel gemenskapsinriktat arbete först, närservice, likvärdig tillgång, språkliga rättigheter och kopplingen till välfärdsområdets strategi. Det ska omfatta skolhälsovård, studerandehälsovård samt psykolog- och kuratorstjänster.',
      en: "A chapter with measurable objectives and principles, e.g. community work first, services close to the school, equal access, language rights, and the link to the county's strategy. It should cover school health care, student health care, and psychologist and school social worker (kuraattori) services.",
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.cooperation_plan',
    references: [{ act: OPHL, section: '13 a', subsection: 2, item: 2 }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 2 k.',
      sv: '13 a § 2 mom. 2 punkten i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2)(2)',
    },
    label: {
      fi: 'Suunnitelma hyvinvointialueen ja koulutuksen järjestäjien välisestä yhteistyöstä opiskeluhuollon kokonaisuuden toteuttamiseksi',
      sv: 'Plan för samarbetet mellan välfärdsområdet och utbildningsanordnarna för genomförandet av elevhälsan som helhet',
      en: 'How the wellbeing services county and the education providers cooperate to deliver student welfare as a whole',
    },
    explanation: {
      fi: 'Yhteistyön rakenteet (alueellinen yhteistyöryhmä, koulutuksen järjestäjien ohjausryhmät, koulukohtaiset ryhmät), nimetyt yhteyshenkilöt, kokousrytmi, tilajärjestelyt (OpHL 9 § 2 mom.: palvelut ensisijaisesti koulussa, järjestäjä osoittaa tilat, hyvinvointialue korvaa), tiedonkulku ja sovitut prosessit.',
      sv: 'Samarbetsstrukturer (regional samarbetsgrupp, utbildningsanordnarnas styrgrupper, grupper på skolnivå), namngivna kontaktpersoner, mötesrytm, lokalarrangemang (9 § 2 mom.: tjänsterna i första hand i skolan, anordnaren ordnar lokalerna, välfärdsområdet ersätter), informationsflöden och överenskomna processer.',
      en: 'Cooperation structures (the regional group, provider steering groups, school-level groups), named contacts, meeting cadence, premises (s. 9(2): services primarily in the school, the provider supplies premises, the county reimburses), information flows and agreed processes.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3', 'S26'],
    applicability: 'all',
  },
  {
    id: 'reg.total_need_from_provider_plans',
    references: [{ act: OPHL, section: '13 a', subsection: 2, item: 3, part: 'first limb' }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 3 k. (alku)',
      sv: '13 a § 2 mom. 3 punkten (första ledet) i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2)(3), first limb',
    },
    label: {
      fi: 'Koulutuksen järjestäjien opiskeluhuoltosuunnitelmista ilmenneet arviot opiskeluhuoltopalvelujen kokonaistarpeesta',
      sv: 'Bedömningar av det totala behovet av elevhälsotjänster som framgår av utbildningsanordnarnas elevhälsoplaner',
      en: "The assessed total need for student welfare services, taken from the providers' plans",
    },
    explanation: {
      fi: 'Taulukko koulutuksen järjestäjittäin, kunnittain tai kouluasteittain: oppilas- ja opiskelijamäärät ja arvioitu tarve, lähteet mainittuina (järjestäjän suunnitelma, päivämäärä).',
      sv: 'En tabell per utbildningsanordnare, kommun eller skolstadium med antal elever och studerande och bedömt behov, med källorna angivna (anordnarens plan, datum).',
      en: 'A table per provider, municipality or school level with student numbers and assessed need, citing the sources (provider plan, date).',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.other_measures',
    references: [{ act: OPHL, section: '13 a', subsection: 2, item: 3, part: 'second limb' }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 3 k. (loppu)',
      sv: '13 a § 2 mom. 3 punkten (andra ledet) i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2)(3), second limb',
    },
    label: {
      fi: 'Muut mahdollisesti tarvittavat toimenpiteet',
      sv: 'Andra eventuellt behövliga åtgärder',
      en: 'Other measures needed in the light of that assessment',
    },
    explanation: {
      fi: 'Luettelo tarvearviosta seuraavista toimenpiteistä, esimerkiksi lisäresurssit tietyille kouluille, kielipalvelut ja palvelujen aukot.',
      sv: 'En förteckning över åtgärder som följer av behovsbedömningen, till exempel extra resurser för vissa skolor, språktjänster och luckor i tjänsterna.',
      en: 'A list of measures that follow from the need assessment, e.g. extra resourcing for specific schools, language services, service gaps.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.resource_allocation',
    references: [{ act: OPHL, section: '13 a', subsection: 2, item: 4 }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 4 k.',
      sv: '13 a § 2 mom. 4 punkten i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2)(4)',
    },
    label: {
      fi: 'Suunnitelma opiskeluhuoltopalvelujen voimavarojen kohdentamisesta',
      sv: 'Plan för allokeringen av resurserna för elevhälsotjänsterna',
      en: 'How student welfare resources are allocated',
    },
    explanation: {
      fi: 'Henkilötyövuodet ammattiryhmittäin ja alueittain verrattuna lakisääteisiin ja suositeltuihin mitoituksiin, kohdentamisen periaatteet, kytkös talousarvioon ja suunnitelma avoimien tehtävien täyttämiseksi.',
      sv: 'Årsverken per yrkesgrupp och område jämförda med lagstadgade och rekommenderade dimensioneringar, principer för allokeringen, kopplingen till budgeten och en plan för att rekrytera till lediga tjänster.',
      en: 'FTE tables by profession and area against the statutory and recommended ratios, allocation principles, the budget link, and a recruitment plan for vacancies.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.implementation_monitoring',
    references: [
      { act: OPHL, section: '13 a', subsection: 2, item: 5 },
      { act: OPHL, section: '14 a' },
    ],
    citation: {
      fi: 'OpHL 13 a § 2 mom. 5 k.; yhteistyöryhmän seurantatehtävä 14 a §',
      sv: '13 a § 2 mom. 5 punkten i lagen om elev- och studerandevård; samarbetsgruppens uppföljningsuppgift 14 a §',
      en: "Pupil and Student Welfare Act, s. 13 a(2)(5); the cooperation group's monitoring task, s. 14 a",
    },
    label: {
      fi: 'Toimenpiteet alueellisen opiskeluhuoltosuunnitelman toteuttamiseksi ja seuraamiseksi',
      sv: 'Åtgärder för genomförande och uppföljning av den regionala elevhälsoplanen',
      en: 'Measures to implement and monitor the regional plan',
    },
    explanation: {
      fi: 'Toimenpidetaulukko, jossa on vastuutaho, aikataulu ja mittari, raportointirytmi yhteistyöryhmälle ja aluevaltuustolle sekä peruste suunnitelman tarkistamiselle.',
      sv: 'En åtgärdstabell med ansvarig, tidtabell och indikator, en rapporteringscykel till samarbetsgruppen och välfärdsområdesfullmäktige samt en grund för att se över planen.',
      en: 'An action table with owner, schedule and indicator, a reporting cycle to the cooperation group and the regional council, and a review trigger.',
    },
    verification: 'verified',
    verificationNote: {
      fi: 'Yhteistyöryhmän seurantatehtävä (14 a §) on tarkistettu vain toissijaisesta lähteestä.',
      sv: 'Samarbetsgruppens uppföljningsuppgift (14 a §) är kontrollerad endast i en sekundär källa.',
      en: "The cooperation group's monitoring task (s. 14 a) is known only from secondary sources.",
    },
    svUnverified: true,
    sources: ['S1', 'S2', 'S3', 'S18', 'S19'],
    applicability: 'all',
  },
  {
    id: 'reg.language_rights',
    references: [{ act: OPHL, section: '13 a', subsection: 3 }],
    citation: {
      fi: 'OpHL 13 a § 3 mom.',
      sv: '13 a § 3 mom. i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(3)',
    },
    label: {
      fi: 'Opiskelijoiden kielellisten oikeuksien toteutuminen opiskeluhuoltopalveluissa',
      sv: 'De studerandes språkliga rättigheter i elevhälsotjänsterna',
      en: "Students' language rights in student welfare services",
    },
    explanation: {
      fi: 'Suomen- ja ruotsinkielisten (ja tarvittaessa saamenkielisten) palvelujen saatavuus alueittain, henkilöstön kielitaito, tulkkausjärjestelyt ja molempien kieliryhmien edustus yhteistyöryhmässä (14 a §).',
      sv: 'Tillgången till tjänster på finska och svenska (och samiska där det behövs) per område, personalens språkkunskaper, tolkning och representation för båda språkgrupperna i samarbetsgruppen (14 a §).',
      en: 'Finnish and Swedish (and Sámi where relevant) service availability by area, staff language skills, interpretation, and bilingual representation in the cooperation group (s. 14 a).',
    },
    verification: 'verified',
    verificationNote: {
      fi: 'Kaksikielisen yhteistyöryhmän kokoonpano (14 a §) on tarkistettu vain toissijaisesta lähteestä.',
      sv: 'Kravet på tvåspråkig sammansättning av samarbetsgruppen (14 a §) är kontrollerat endast i en sekundär källa.',
      en: 'Bilingual representation in the group (s. 14 a) is known only from secondary sources.',
    },
    svUnverified: true,
    sources: ['S1', 'S2', 'S18'],
    applicability: 'all',
  },
  {
    id: 'reg.based_on_provider_plans',
    references: [{ act: OPHL, section: '13 a', subsection: 2, part: 'introductory words' }],
    citation: {
      fi: 'OpHL 13 a § 2 mom. johdantokappale',
      sv: '13 a § 2 mom. inledningen i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(2), introductory words',
    },
    label: {
      fi: 'Suunnitelma perustuu alueen koulutuksen järjestäjien (13 §) opiskeluhuoltosuunnitelmiin',
      sv: 'Planen grundar sig på utbildningsanordnarnas elevhälsoplaner',
      en: "The plan is based on the education providers' plans",
    },
    explanation: {
      fi: 'Luettelo kaikista alueen koulutuksen järjestäjistä (kunnalliset, yksityiset ja valtion; perusopetus, lukio, ammatillinen koulutus, TUVA jne.) suunnitelman tilan ja päivämäärän kanssa sekä viite- tai liiteluettelo.',
      sv: 'En förteckning över alla utbildningsanordnare i området (kommunala, privata och statliga; grundläggande utbildning, gymnasium, yrkesutbildning, TUVA m.m.) med planens status och datum, samt en referens- eller bilageförteckning.',
      en: 'A register of all providers in the area (municipal, private, state; basic education, general upper secondary, vocational, TUVA etc.) with plan status and date, plus a reference or annex list.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.scope_services',
    references: [
      { act: OPHL, section: '13 a', subsection: 1 },
      { act: 'terveydenhuoltolaki (378/2022)', section: '15 a' },
    ],
    citation: {
      fi: 'OpHL 13 a § 1 mom.; terveydenhuoltolaki 15 a §',
      sv: '13 a § 1 mom. i lagen om elev- och studerandevård; 15 a § hälso- och sjukvårdslagen',
      en: 'Pupil and Student Welfare Act, s. 13 a(1); Health Care Act, s. 15 a',
    },
    label: {
      fi: 'Hyvinvointialueen vastuulla olevat opiskeluhuoltopalvelut (psykologi- ja kuraattoripalvelut, koulu- ja opiskeluterveydenhuolto)',
      sv: 'Elevhälsotjänster (psykolog- och kuratorstjänster, skol- och studerandehälsovård)',
      en: 'The services in scope (psychologist and school social worker services, school and student health care)',
    },
    explanation: {
      fi: 'Soveltamisalan kuvaus, joka kattaa esiopetuksen, perusopetuksen ja toisen asteen opiskelijat.',
      sv: 'En beskrivning av tillämpningsområdet som omfattar förskoleundervisning, grundläggande utbildning och studerande på andra stadiet.',
      en: 'A scope statement covering pre-primary and basic education and upper secondary students.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S13', 'S9', 'S3'],
    applicability: 'all',
  },
  {
    id: 'reg.council_approval_per_term',
    references: [{ act: OPHL, section: '13 a', subsection: 1 }],
    citation: {
      fi: 'OpHL 13 a § 1 mom.',
      sv: '13 a § 1 mom. i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(1)',
    },
    label: {
      fi: 'Valtuustokausittainen; hyväksytään aluevaltuustossa',
      sv: 'För varje fullmäktigeperiod; godkänns av välfärdsområdesfullmäktige',
      en: 'One plan per council term, approved by the regional council',
    },
    explanation: {
      fi: 'Voimassaoloaika, joka vastaa valtuustokautta (esimerkiksi Keusote 2023–2025), ja aluevaltuuston päätöksen tiedot (päivämäärä, pykälä).',
      sv: 'En giltighetstid som motsvarar fullmäktigeperioden (till exempel Keusote 2023–2025) och uppgifter om välfärdsområdesfullmäktiges beslut (datum, paragraf).',
      en: "A validity period matching the council term (e.g. Keusote's 2023–2025), and the regional council's decision reference (date, section).",
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S2'],
    applicability: 'all',
  },
  {
    id: 'reg.review_when_needed',
    references: [{ act: OPHL, section: '13 a', subsection: 1 }],
    citation: {
      fi: 'OpHL 13 a § 1 mom.',
      sv: '13 a § 1 mom. i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(1)',
    },
    label: {
      fi: 'Tarkistettava tarvittaessa',
      sv: 'Ska ses över vid behov',
      en: 'Reviewed when necessary',
    },
    explanation: {
      fi: 'Perusteet suunnitelman tarkistamiselle (lainmuutokset, uudet koulutuksen järjestäjien suunnitelmat, mitoitusten alittuminen) ja versioloki.',
      sv: 'Grunder för att se över planen (lagändringar, nya planer hos utbildningsanordnarna, dimensioneringar som inte uppfylls) och en versionslogg.',
      en: 'Review triggers (law changes, new provider plans, failure to meet ratios) and a version log.',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1'],
    applicability: 'all',
  },
  {
    id: 'reg.attached_to_child_youth_plan',
    references: [
      { act: OPHL, section: '13 a', subsection: 4 },
      { act: 'lastensuojelulaki', section: '12', subsection: 3 },
    ],
    citation: {
      fi: 'OpHL 13 a § 4 mom.; lastensuojelulaki 12 § 3 mom.',
      sv: '13 a § 4 mom. i lagen om elev- och studerandevård; 12 § 3 mom. barnskyddslagen',
      en: 'Pupil and Student Welfare Act, s. 13 a(4); Child Welfare Act, s. 12(3)',
    },
    label: {
      fi: 'Liitetään lastensuojelulain 12 §:n 3 mom. alueelliseen lasten ja nuorten hyvinvointisuunnitelmaan',
      sv: 'Fogas till den regionala planen för barns och ungas välfärd enligt 12 § 3 mom. i barnskyddslagen',
      en: 'Attached to the regional child and youth welfare plan',
    },
    explanation: {
      fi: 'Päätösteksti tai suunnitelma toteaa liittämisen ja nimeää suunnitelman, johon se liitetään (usein alueellinen hyvinvointisuunnitelma).',
      sv: 'Beslutstexten eller planen anger att planen fogas till en annan plan och namnger den (ofta den regionala välfärdsplanen).',
      en: 'The decision text or the plan states the attachment and names the host plan (often the regional welfare plan).',
    },
    verification: 'verified',
    svUnverified: true,
    sources: ['S1', 'S4', 'S5'],
    applicability: 'notHelsinki',
  },
  {
    id: 'reg.prepared_by_group',
    references: [{ act: OPHL, section: '14 a' }],
    citation: {
      fi: 'OpHL 14 a §',
      sv: '14 a § i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 14 a',
    },
    label: {
      fi: 'Valmistelu alueellisessa opiskeluhuollon yhteistyöryhmässä',
      sv: 'Beredning i den regionala samarbetsgruppen',
      en: 'Prepared by the regional cooperation group',
    },
    explanation: {
      fi: 'Ryhmän kokoonpano (kunnat, muut koulutuksen järjestäjät, huoltajat, opiskelijat, henkilöstö, kaksikielisellä alueella molemmat kieliryhmät), kokouspäivät ja ryhmän ehdotus.',
      sv: 'Gruppens sammansättning (kommunerna, andra utbildningsanordnare, vårdnadshavare, studerande, personal, i ett tvåspråkigt område båda språkgrupperna), mötesdatum och gruppens förslag.',
      en: "The group's composition (municipalities, other providers, guardians, students, staff, both language groups if bilingual), meeting dates, and the group's proposal.",
    },
    verification: 'secondary',
    verificationNote: {
      fi: 'Vain 14 a §:n ensimmäinen virke on tarkistettu; muu sisältö perustuu toissijaisiin lähteisiin ja tarkka sanamuoto on tarkistamatta.',
      sv: 'Endast första meningen i 14 a § är kontrollerad; resten bygger på sekundära källor och den exakta lydelsen är inte kontrollerad.',
      en: 'Only the first sentence of s. 14 a is verified; the rest rests on secondary sources and the exact wording is unverified.',
    },
    svUnverified: true,
    sources: ['S1', 'S18', 'S19'],
    applicability: 'all',
  },
  {
    id: 'reg.helsinki_variant',
    references: [
      { act: OPHL, section: '13 a', subsection: 5 },
      { act: OPHL, section: '1', subsection: 4 },
    ],
    citation: {
      fi: 'OpHL 13 a § 5 mom.; 1 § 4 mom.',
      sv: '13 a § 5 mom. och 1 § 4 mom. i lagen om elev- och studerandevård',
      en: 'Pupil and Student Welfare Act, s. 13 a(5); s. 1(4)',
    },
    label: {
      fi: '2 mom. asiat ja kielelliset oikeudet sisällytetään kunnan lasten ja nuorten hyvinvointisuunnitelmaan',
      sv: 'Frågorna i 2 mom. och de språkliga rättigheterna tas in i kommunens plan för barns och ungas välfärd',
      en: 'Helsinki puts the s. 13 a content into its municipal child and youth welfare plan',
    },
    explanation: {
      fi: 'Helsingin kaupunki sisällyttää 13 a §:n 2 momentin asiat ja kielelliset oikeudet kunnan lasten ja nuorten hyvinvointisuunnitelmaan; suunnitelma kertoo, mihin asiakirjaan sisältö kuuluu.',
      sv: 'Helsingfors stad tar in frågorna i 13 a § 2 mom. och de språkliga rättigheterna i kommunens plan för barns och ungas välfärd; planen anger i vilket dokument innehållet ingår.',
      en: 'The City of Helsinki puts the matters of s. 13 a(2) and language rights into its municipal child and youth welfare plan; the plan names the document the content belongs to.',
    },
    verification: 'verified',
    verificationNote: {
      fi: '5 momentin viittaus "13 §:ssä tarkoitettuun" suunnitelmaan on lähteessä todennäköisesti virhe (pitäisi olla lastensuojelulain 12 §); tarkistettava Finlexistä.',
      sv: 'Hänvisningen i 5 mom. till planen "som avses i 13 §" är troligen ett fel i källan (bör vara 12 § barnskyddslagen); kontrollera i Finlex.',
      en: 'The reference in subsection 5 to the plan "referred to in s. 13" is probably a slip in the source (should be Child Welfare Act s. 12); check on Finlex.',
    },
    svUnverified: true,
    sources: ['S1', 'S4', 'S5'],
    applicability: 'helsinkiOnly',
  },
];

const byId = new Map(requirementCatalogue.map((requirement) => [requirement.id, requirement]));

export function findRequirement(id: string): Requirement | undefined {
  return byId.get(id);
}

/** Whether a requirement applies to a plan, by the plan's Helsinki setting. */
export function appliesTo(requirement: Requirement, plan: { helsinki: boolean }): boolean {
  if (requirement.applicability === 'notHelsinki') return !plan.helsinki;
  if (requirement.applicability === 'helsinkiOnly') return plan.helsinki;
  return true;
}

/** The requirements that apply to a plan, in catalogue order. */
export function applicableRequirements(plan: { helsinki: boolean }): Requirement[] {
  return requirementCatalogue.filter((requirement) => appliesTo(requirement, plan));
}
