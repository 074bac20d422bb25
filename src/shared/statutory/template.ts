import type { Language } from '../domain/settings';

/**
 * The statutory template: the sections a new plan starts with, derived from the content that
 * oppilas- ja opiskelijahuoltolaki 1287/2013 13 a § requires of the regional plan
 * (alueellinen opiskeluhuoltosuunnitelma). Facts and wording: shared/reference/statutory.md.
 *
 * `guidance` tells the writer what the law asks the section to cover. It is shown beside the
 * editor, never stored as the plan's text, and never exported.
 */
export interface TemplateSection {
  /** Stable key stored with the section, so guidance follows the section even after a rename. */
  key: string;
  title: Record<Language, string>;
  guidance: Record<Language, string>;
  /** Ids of the statutory requirements this section serves (statutory.md §4). */
  requirements: readonly string[];
  children?: readonly TemplateSection[];
}

/** Changes whenever the template's structure or guidance changes. */
export const TEMPLATE_VERSION = '2026-11-28';

/*
 * Law references in the guidance: OpHL = oppilas- ja opiskelijahuoltolaki 1287/2013 (in Swedish
 * "lagen om elev- och studerandevård"); "13 a § 2 mom. 1 k." = section 13 a, subsection 2, item 1.
 * 14 a § (the regional cooperation group) and the Swedish statute wording are known only from
 * secondary sources (statutory.md §1.1, §2), so the guidance says so where it relies on them.
 */
const SV_UNVERIFIED = 'Den svenska lagtexten är inte kontrollerad; jämför med Finlex.';

export const statutoryTemplate: readonly TemplateSection[] = [
  {
    key: 'intro',
    title: { fi: 'Johdanto', sv: 'Inledning', en: 'Introduction' },
    guidance: {
      fi: 'Hyvinvointialueella on oltava valtuustokausittainen alueellinen opiskeluhuoltosuunnitelma hyvinvointialueen vastuulla olevien opiskeluhuoltopalvelujen järjestämiseksi (oppilas- ja opiskelijahuoltolaki 1287/2013, OpHL 13 a § 1 mom.). Kerro johdannossa lyhyesti, mikä suunnitelma on ja ketä se koskee. Soveltamisala, valmistelu ja suhde muihin suunnitelmiin kuvataan alaluvuissa.',
      sv: `Välfärdsområdet ska för varje fullmäktigeperiod ha en regional elevhälsoplan för ordnandet av de elevhälsotjänster som välfärdsområdet ansvarar för (lagen om elev- och studerandevård 1287/2013, 13 a § 1 mom.). Berätta kort i inledningen vad planen är och vem den gäller. Tillämpningsområde, beredning och förhållande till andra planer beskrivs i underavsnitten. ${SV_UNVERIFIED}`,
      en: 'The wellbeing services county must have a regional student welfare plan for each council term, covering the student welfare services it is responsible for (Pupil and Student Welfare Act 1287/2013, s. 13 a(1)). Say briefly in the introduction what the plan is and whom it concerns. Scope, preparation and the relation to other plans are described in the subsections.',
    },
    requirements: [],
    children: [
      {
        key: 'intro.scope',
        title: {
          fi: 'Suunnitelman tarkoitus ja soveltamisala',
          sv: 'Planens syfte och tillämpningsområde',
          en: 'Purpose and scope',
        },
        guidance: {
          fi: 'Rajaa, mitä palveluja suunnitelma koskee: hyvinvointialueen vastuulla olevat opiskeluhuoltopalvelut eli koulu- ja opiskeluterveydenhuolto sekä psykologi- ja kuraattoripalvelut (OpHL 13 a § 1 mom.; terveydenhuoltolaki 15 a §). Kerro myös, keitä suunnitelma koskee, esimerkiksi esiopetuksen, perusopetuksen ja toisen asteen oppilaat ja opiskelijat. Mainitse suunnitelman voimassaolokausi ja luettele lyhyesti sen säädöspohja.',
          sv: `Avgränsa vilka tjänster planen gäller: de elevhälsotjänster som välfärdsområdet ansvarar för, det vill säga skol- och studerandehälsovård samt psykolog- och kuratorstjänster (13 a § 1 mom.; hälso- och sjukvårdslagen 15 a §). Berätta också vem planen gäller, till exempel elever och studerande i förskoleundervisning, grundläggande utbildning och på andra stadiet. Ange planens giltighetstid och räkna kort upp de författningar den bygger på. ${SV_UNVERIFIED}`,
          en: "Define which services the plan covers: the student welfare services the wellbeing services county is responsible for, that is school and student health care and psychologist and school social worker (kuraattori) services (s. 13 a(1); Health Care Act s. 15 a). Also state whom the plan concerns, for example pupils and students in pre-primary, basic and upper secondary education. Give the plan's period of validity and list briefly the legislation it rests on.",
        },
        requirements: ['reg.scope_services'],
      },
      {
        key: 'intro.preparation',
        title: {
          fi: 'Valmistelu ja hyväksyminen',
          sv: 'Beredning och godkännande',
          en: 'Preparation and adoption',
        },
        guidance: {
          fi: 'Suunnitelman valmistelee alueellinen opiskeluhuollon yhteistyöryhmä (OpHL 14 a §; perustuu toissijaisiin lähteisiin, tarkista Finlexistä). Kerro ryhmän kokoonpano pääpiirteissään, valmistelun aikataulu, kyselyt ja kommenttikierrokset sekä käsittely toimielimissä. Suunnitelma laaditaan valtuustokausittain ja hyväksytään aluevaltuustossa (OpHL 13 a § 1 mom.): merkitse kausi ja, kun päätös on tehty, aluevaltuuston päätöksen päivämäärä ja pykälä.',
          sv: `Planen bereds av den regionala samarbetsgruppen (14 a §; paragrafens exakta ordalydelse bygger här på sekundära källor, kontrollera i Finlex). Beskriv gruppens sammansättning i stora drag, tidtabellen för beredningen, enkäter och kommentarsrundor samt behandlingen i organen. Planen görs upp för varje fullmäktigeperiod och godkänns av välfärdsområdesfullmäktige (13 a § 1 mom.): ange perioden och, när beslutet har fattats, datum och paragraf för fullmäktiges beslut. ${SV_UNVERIFIED}`,
          en: "The plan is prepared by the regional student welfare cooperation group (s. 14 a; its exact wording is known here only from secondary sources, check Finlex). Describe the group's composition in outline, the preparation timetable, surveys and comment rounds, and the handling by the county's bodies. The plan is made for each council term and adopted by the regional council (s. 13 a(1)): give the period and, once decided, the date and item number (§) of the council's decision.",
        },
        requirements: ['reg.prepared_by_group', 'reg.council_approval_per_term'],
      },
      {
        key: 'intro.related_plans',
        title: {
          fi: 'Suhde muihin suunnitelmiin',
          sv: 'Förhållande till andra planer',
          en: 'Relation to other plans',
        },
        guidance: {
          fi: 'Suunnitelma perustuu alueella sijaitsevien koulutuksen järjestäjien opiskeluhuoltosuunnitelmiin (OpHL 13 a § 2 mom. johdantokappale ja 13 §): kerro, mihin suunnitelmiin se nojaa, ja viittaa liitteen luetteloon. Suunnitelma liitetään lastensuojelulain 12 §:n 3 momentissa tarkoitettuun alueelliseen lasten ja nuorten hyvinvointisuunnitelmaan (OpHL 13 a § 4 mom.); nimeä tämä suunnitelma, joka on usein osa alueellista hyvinvointisuunnitelmaa. Helsingissä asiat sisällytetään kaupungin lasten ja nuorten hyvinvointisuunnitelmaan (OpHL 13 a § 5 mom.).',
          sv: `Planen grundar sig på elevhälsoplanerna hos de utbildningsanordnare som finns i området (13 a § 2 mom. inledningen och 13 §): berätta vilka planer den bygger på och hänvisa till förteckningen i bilagan. Planen fogas till den regionala planen för barns och ungas välfärd enligt 12 § 3 mom. i barnskyddslagen (13 a § 4 mom.); nämn den planen, som ofta ingår i den regionala välfärdsplanen. I Helsingfors tas frågorna in i stadens plan för barns och ungas välfärd (13 a § 5 mom.). ${SV_UNVERIFIED}`,
          en: "The plan is based on the student welfare plans of the education providers in the region (s. 13 a(2), opening words, and s. 13): say which plans it draws on and refer to the list in the annex. The plan is attached to the regional child and youth welfare plan under the Child Welfare Act s. 12(3) (s. 13 a(4)); name that plan, which is often part of the regional welfare plan. In Helsinki the content goes into the city's child and youth welfare plan instead (s. 13 a(5)).",
        },
        requirements: ['reg.based_on_provider_plans', 'reg.attached_to_child_youth_plan'],
      },
    ],
  },
  {
    key: 'goals',
    title: {
      fi: 'Tavoitteet ja keskeiset periaatteet',
      sv: 'Mål och centrala principer',
      en: 'Objectives and key principles',
    },
    guidance: {
      fi: 'Suunnitelman tulee sisältää opiskeluhuoltopalvelujen alueellisen toteuttamisen tavoitteet ja keskeiset periaatteet (OpHL 13 a § 2 mom. 1 k.). Kirjoita tavoitteet niin, että niiden toteutumista voi seurata, ja kytke ne hyvinvointialueen strategiaan. Periaatteita voivat olla esimerkiksi yhteisöllisen opiskeluhuollon ensisijaisuus, palvelut lähellä oppilaita ja opiskelijoita, yhdenvertainen saatavuus ja kielelliset oikeudet. Käsittele kaikki palvelut: koulu- ja opiskeluterveydenhuolto sekä psykologi- ja kuraattoripalvelut.',
      sv: `Lagen kräver mål och centrala principer för det regionala genomförandet av elevhälsotjänsterna (13 a § 2 mom. 1 punkten). Formulera målen så att det går att följa upp om de nås, och koppla dem till välfärdsområdets strategi. Principer kan till exempel vara att den gemensamma elevhälsan går först, tjänster nära eleverna och de studerande, jämlik tillgång och språkliga rättigheter. Ta upp alla tjänster: skol- och studerandehälsovård samt psykolog- och kuratorstjänster. ${SV_UNVERIFIED}`,
      en: 'The law requires the objectives and key principles for delivering student welfare services in the region (s. 13 a(2)(1)). Write the objectives so that their achievement can be monitored, and link them to the county strategy. Principles may include, for example, communal student welfare first, services close to pupils and students, equal access and language rights. Cover all the services: school and student health care, psychologist and school social worker services.',
    },
    requirements: ['reg.goals_principles'],
  },
  {
    key: 'cooperation',
    title: {
      fi: 'Yhteistyö hyvinvointialueen ja koulutuksen järjestäjien välillä',
      sv: 'Samarbete mellan välfärdsområdet och utbildningsanordnarna',
      en: 'Cooperation between the county and education providers',
    },
    guidance: {
      fi: 'Suunnitelman tulee sisältää suunnitelma hyvinvointialueen ja koulutuksen järjestäjien välisestä yhteistyöstä opiskeluhuollon kokonaisuuden toteuttamiseksi (OpHL 13 a § 2 mom. 2 k.). Kirjoita tähän lyhyt yleiskuva yhteistyöstä. Rakenteet, toimintatavat ja tilat kuvataan alaluvuissa.',
      sv: `Lagen kräver en plan för samarbetet mellan välfärdsområdet och utbildningsanordnarna för att genomföra elevhälsan som helhet (13 a § 2 mom. 2 punkten). Ge här en kort översikt över samarbetet. Strukturer, arbetssätt och lokaler beskrivs i underavsnitten. ${SV_UNVERIFIED}`,
      en: 'The law requires a plan for cooperation between the wellbeing services county and the education providers to deliver student welfare as a whole (s. 13 a(2)(2)). Give a short overview of the cooperation here. Structures, working practices and premises are described in the subsections.',
    },
    requirements: ['reg.cooperation_plan'],
    children: [
      {
        key: 'cooperation.structures',
        title: {
          fi: 'Yhteistyön rakenteet',
          sv: 'Samarbetsstrukturer',
          en: 'Cooperation structures',
        },
        guidance: {
          fi: 'Kuvaa yhteistyön rakenteet tasoittain: alueellinen opiskeluhuollon yhteistyöryhmä ja sen mahdolliset alaryhmät, koulutuksen järjestäjien ohjausryhmät ja oppilaitosten opiskeluhuoltoryhmät. Kerro kunkin tehtävä, kokoonpano, kokoontumistiheys ja yhteyshenkilöt. Yhteistyöryhmän tehtäviin kuuluvat suunnitelman valmistelu ja sen toteutumisen seuranta (OpHL 14 a §; perustuu toissijaisiin lähteisiin, tarkista Finlexistä).',
          sv: 'Beskriv samarbetsstrukturerna nivå för nivå: den regionala samarbetsgruppen och dess eventuella undergrupper, utbildningsanordnarnas styrgrupper och läroanstalternas elevhälsogrupper. Ange för var och en uppgift, sammansättning, hur ofta den sammanträder och kontaktpersoner. Till samarbetsgruppens uppgifter hör att bereda planen och följa upp hur den genomförs (14 a §; ordalydelsen bygger på sekundära källor, kontrollera i Finlex).',
          en: "Describe the cooperation structures level by level: the regional cooperation group and any subgroups, the education providers' steering groups and the schools' student welfare groups. For each, give its task, members, how often it meets and contact persons. The group's tasks include preparing the plan and monitoring how it is carried out (s. 14 a; exact wording known only from secondary sources, check Finlex).",
        },
        requirements: ['reg.cooperation_plan', 'reg.prepared_by_group'],
      },
      {
        key: 'cooperation.practices',
        title: {
          fi: 'Yhteiset toimintatavat ja tiedonkulku',
          sv: 'Gemensamma arbetssätt och informationsflöde',
          en: 'Shared working practices and flow of information',
        },
        guidance: {
          fi: 'Kerro, miten hyvinvointialue ja koulutuksen järjestäjät toimivat yhdessä arjessa: sovitut prosessit yhteisölliseen ja yksilökohtaiseen opiskeluhuoltoon sekä tiedonkulku ja tietojen luovuttaminen järjestäjien ja hyvinvointialueen välillä. Nimeä vastuutahot ja kuvaa, miten edetään, kun yhteistyössä on ongelmia. Tämä on osa lain edellyttämää yhteistyösuunnitelmaa (OpHL 13 a § 2 mom. 2 k.).',
          sv: 'Berätta hur välfärdsområdet och utbildningsanordnarna arbetar tillsammans i vardagen: överenskomna processer för den gemensamma och den individuella elevhälsan samt informationsflödet och utlämnandet av uppgifter mellan anordnarna och välfärdsområdet. Ange vem som ansvarar och hur man går vidare när samarbetet inte fungerar. Detta hör till den samarbetsplan som lagen kräver (13 a § 2 mom. 2 punkten).',
          en: 'Explain how the county and the education providers work together day to day: agreed processes for communal and individual student welfare, and the flow of information and handover of data between the providers and the county. Name who is responsible and describe what happens when cooperation runs into problems. This is part of the cooperation plan the law requires (s. 13 a(2)(2)).',
        },
        requirements: ['reg.cooperation_plan'],
      },
      {
        key: 'cooperation.premises',
        title: {
          fi: 'Palvelut oppilaitoksissa ja tilat',
          sv: 'Tjänster i läroanstalterna och lokaler',
          en: 'Services at schools and premises',
        },
        guidance: {
          fi: 'Opiskeluhuoltopalvelut järjestetään ensisijaisesti oppilaitoksessa, ja koulutuksen järjestäjä osoittaa niille tilat (OpHL 9 § 2 mom.). Kerro, missä palveluja annetaan, miten tiloista ja niiden kustannuksista on sovittu ja miten palvelut järjestetään, jos oppilaitoksessa ei ole sopivia tiloja.',
          sv: 'Elevhälsotjänsterna ordnas i första hand i läroanstalten, och utbildningsanordnaren anvisar lokaler för dem (9 § 2 mom.). Berätta var tjänsterna ges, vad som har avtalats om lokalerna och kostnaderna för dem och hur tjänsterna ordnas om läroanstalten saknar lämpliga lokaler.',
          en: 'Student welfare services are provided primarily at the school, and the education provider makes premises available for them (s. 9(2)). Explain where the services are given, what has been agreed about the premises and their costs, and how services are arranged where a school has no suitable premises.',
        },
        requirements: ['reg.cooperation_plan'],
      },
    ],
  },
  {
    key: 'need',
    title: {
      fi: 'Opiskeluhuoltopalvelujen kokonaistarve',
      sv: 'Det totala behovet av elevhälsotjänster',
      en: 'Total need for student welfare services',
    },
    guidance: {
      fi: 'Suunnitelman tulee sisältää koulutuksen järjestäjien opiskeluhuoltosuunnitelmista ilmenneet arviot opiskeluhuoltopalvelujen kokonaistarpeesta ja muut mahdollisesti tarvittavat toimenpiteet (OpHL 13 a § 2 mom. 3 k.). Kirjoita tähän yhteenveto tarpeesta ja sen kehityksestä. Erittely järjestäjittäin ja toimenpiteet tulevat alalukuihin.',
      sv: `Lagen kräver de bedömningar av det totala behovet av elevhälsotjänster som framgår av utbildningsanordnarnas elevhälsoplaner och andra eventuellt behövliga åtgärder (13 a § 2 mom. 3 punkten). Skriv här en sammanfattning av behovet och hur det utvecklas. Uppdelningen per anordnare och åtgärderna hör till underavsnitten. ${SV_UNVERIFIED}`,
      en: "The law requires the assessments of total need for student welfare services that emerge from the education providers' plans, and any other measures needed (s. 13 a(2)(3)). Write a summary of the need and how it is developing here. The breakdown by provider and the measures go into the subsections.",
    },
    requirements: ['reg.total_need_from_provider_plans', 'reg.other_measures'],
    children: [
      {
        key: 'need.provider_plans',
        title: {
          fi: 'Koulutuksen järjestäjien arviot kokonaistarpeesta',
          sv: 'Utbildningsanordnarnas bedömningar av det totala behovet',
          en: "Education providers' assessments of total need",
        },
        guidance: {
          fi: 'Kokoa arviot kokonaistarpeesta, jotka koulutuksen järjestäjät ovat esittäneet omissa opiskeluhuoltosuunnitelmissaan (OpHL 13 a § 2 mom. 3 k.). Selkein muoto on taulukko järjestäjittäin, kunnittain tai kouluasteittain: oppilas- ja opiskelijamäärät, arvioitu tarve ja lähde (kenen suunnitelma ja minkä päivämäärän versio). Kerro, jos jonkin järjestäjän suunnitelma puuttuu tai on kesken.',
          sv: 'Sammanställ de bedömningar av det totala behovet som utbildningsanordnarna har gjort i sina elevhälsoplaner (13 a § 2 mom. 3 punkten). Tydligast är en tabell per anordnare, kommun eller skolstadium: antal elever och studerande, bedömt behov och källa (vems plan, versionens datum). Berätta om någon anordnares plan saknas eller är ofärdig.',
          en: "Gather the assessments of total need that the education providers have set out in their own student welfare plans (s. 13 a(2)(3)). A table by provider, municipality or level of education is clearest: numbers of pupils and students, assessed need and source (whose plan, dated which version). Say if a provider's plan is missing or unfinished.",
        },
        requirements: ['reg.total_need_from_provider_plans', 'reg.based_on_provider_plans'],
      },
      {
        key: 'need.other_measures',
        title: {
          fi: 'Muut tarvittavat toimenpiteet',
          sv: 'Andra behövliga åtgärder',
          en: 'Other measures needed',
        },
        guidance: {
          fi: 'Luettele toimenpiteet, joita kokonaistarpeen arvio edellyttää (OpHL 13 a § 2 mom. 3 k.). Niitä voivat olla esimerkiksi lisävoimavarat tietyille kouluille tai alueille, kielipalvelut tai puuttuvien palvelujen korjaaminen. Kerro kunkin toimenpiteen perustelu, vastuutaho ja aikataulu.',
          sv: 'Räkna upp de åtgärder som bedömningen av det totala behovet kräver (13 a § 2 mom. 3 punkten). Det kan till exempel vara extra resurser till vissa skolor eller områden, språktjänster eller att luckor i tjänsterna fylls. Ange för varje åtgärd motivering, ansvarig och tidtabell.',
          en: 'List the measures that the assessment of total need calls for (s. 13 a(2)(3)). These may include, for example, extra resources for particular schools or areas, language services or filling gaps in services. Give the reason, the party responsible and the schedule for each measure.',
        },
        requirements: ['reg.other_measures'],
      },
    ],
  },
  {
    key: 'resources',
    title: {
      fi: 'Voimavarojen kohdentaminen',
      sv: 'Fördelning av resurserna',
      en: 'Allocation of resources',
    },
    guidance: {
      fi: 'Suunnitelman tulee sisältää suunnitelma opiskeluhuoltopalvelujen voimavarojen kohdentamisesta (OpHL 13 a § 2 mom. 4 k.). Kirjoita tähän lyhyt yhteenveto. Henkilöstötilanne ja kohdentamisen periaatteet kuvataan alaluvuissa.',
      sv: `Lagen kräver en plan för hur resurserna för elevhälsotjänsterna fördelas (13 a § 2 mom. 4 punkten). Skriv här en kort sammanfattning. Personalläget och principerna för fördelningen beskrivs i underavsnitten. ${SV_UNVERIFIED}`,
      en: 'The law requires a plan for allocating the resources of student welfare services (s. 13 a(2)(4)). Write a short summary here. Staffing and the allocation principles are described in the subsections.',
    },
    requirements: ['reg.resource_allocation'],
    children: [
      {
        key: 'resources.staffing',
        title: {
          fi: 'Henkilöstö ja mitoitus',
          sv: 'Personal och dimensionering',
          en: 'Staff and staffing ratios',
        },
        guidance: {
          fi: 'Esitä henkilöstö ammattiryhmittäin ja alueittain henkilötyövuosina ja vertaa sitä mitoituksiin. Oppilas- ja opiskelijahuoltolaissa on sitova mitoitus: enintään 670 oppilasta tai opiskelijaa kuraattoria kohden ja enintään 780 psykologia kohden (pykälä ja soveltamisen alkupäivät: tarkista Finlexistä). Terveydenhoitajille ja lääkäreille on THL:n suositukset, jotka eivät ole sitovia. Kerro myös avoimet tehtävät ja rekrytointisuunnitelma (OpHL 13 a § 2 mom. 4 k.).',
          sv: 'Redovisa personalen per yrkesgrupp och område i årsverken och jämför med dimensioneringen. Lagen om elev- och studerandevård har en bindande dimensionering: högst 670 elever eller studerande per kurator och högst 780 per psykolog (paragraf och datum från när de tillämpas: kontrollera i Finlex). För hälsovårdare och läkare finns THL:s rekommendationer, som inte är bindande. Ange också lediga tjänster och en rekryteringsplan (13 a § 2 mom. 4 punkten).',
          en: 'Show the staff by profession and area in full-time equivalents and compare them with the ratios. The Pupil and Student Welfare Act sets binding ratios: at most 670 pupils or students per school social worker and at most 780 per psychologist (section and start dates: check Finlex). For nurses and doctors THL gives recommendations, which are not binding. Also list vacancies and the recruitment plan (s. 13 a(2)(4)).',
        },
        requirements: ['reg.resource_allocation'],
      },
      {
        key: 'resources.allocation',
        title: {
          fi: 'Kohdentamisen periaatteet',
          sv: 'Principer för fördelningen',
          en: 'Allocation principles',
        },
        guidance: {
          fi: 'Kerro, millä perusteilla voimavarat kohdennetaan alueille, kouluasteille ja oppilaitoksiin, esimerkiksi oppilasmäärän, tuen tarpeen tai kouluterveyskyselyn tulosten mukaan. Kytke kohdentaminen kokonaistarpeen arvioon ja talousarvioon. Tämä on lain edellyttämä suunnitelma voimavarojen kohdentamisesta (OpHL 13 a § 2 mom. 4 k.).',
          sv: 'Berätta på vilka grunder resurserna fördelas mellan områden, skolstadier och läroanstalter, till exempel efter antal elever, behov av stöd eller resultaten av enkäten Hälsa i skolan. Koppla fördelningen till bedömningen av det totala behovet och till budgeten. Detta är den plan för resursfördelningen som lagen kräver (13 a § 2 mom. 4 punkten).',
          en: "Explain on what basis resources are allocated between areas, levels of education and schools, for example by number of pupils, need for support or the School Health Promotion study's results. Link the allocation to the assessment of total need and to the budget. This is the resource allocation plan the law requires (s. 13 a(2)(4)).",
        },
        requirements: ['reg.resource_allocation'],
      },
    ],
  },
  {
    key: 'language_rights',
    title: {
      fi: 'Kielelliset oikeudet',
      sv: 'Språkliga rättigheter',
      en: 'Language rights',
    },
    guidance: {
      fi: 'Suunnitelmassa on huomioitava opiskelijoiden kielellisten oikeuksien toteutuminen opiskeluhuoltopalveluissa (OpHL 13 a § 3 mom.). Kerro, miten palvelut ovat saatavilla suomeksi ja ruotsiksi (ja saameksi, jos se koskee aluetta) eri alueilla, millainen kielitaito henkilöstöllä on ja miten tulkkaus järjestetään. Kaksikielisellä hyvinvointialueella molempien kansalliskielten tulee olla edustettuina yhteistyöryhmässä (OpHL 14 a §; perustuu toissijaisiin lähteisiin, tarkista Finlexistä).',
      sv: `Planen ska beakta hur de studerandes språkliga rättigheter tillgodoses i elevhälsotjänsterna (13 a § 3 mom.). Berätta hur tjänsterna finns tillgängliga på svenska och finska (och samiska, om det gäller området) i olika delar av välfärdsområdet, vilka språkkunskaper personalen har och hur tolkning ordnas. I ett tvåspråkigt välfärdsområde ska båda nationalspråken vara företrädda i den regionala samarbetsgruppen (14 a §; uppgiften bygger på sekundära källor, kontrollera i Finlex). ${SV_UNVERIFIED}`,
      en: "The plan must take into account how students' language rights are realised in student welfare services (s. 13 a(3)). Explain how services are available in Finnish and Swedish (and Sámi where relevant) in different areas, what language skills the staff have and how interpreting is arranged. In a bilingual county both national languages must be represented in the cooperation group (s. 14 a; known only from secondary sources, check Finlex).",
    },
    requirements: ['reg.language_rights'],
  },
  {
    key: 'monitoring',
    title: {
      fi: 'Toteuttaminen, seuranta ja arviointi',
      sv: 'Genomförande, uppföljning och utvärdering',
      en: 'Implementation, monitoring and evaluation',
    },
    guidance: {
      fi: 'Suunnitelman tulee sisältää toimenpiteet alueellisen opiskeluhuoltosuunnitelman toteuttamiseksi ja seuraamiseksi (OpHL 13 a § 2 mom. 5 k.). Kerro tässä lyhyesti, miten suunnitelman toteutumista johdetaan kokonaisuutena. Toimenpiteet, mittarit ja suunnitelman tarkistaminen kuvataan alaluvuissa.',
      sv: `Lagen kräver åtgärder för att genomföra och följa upp den regionala elevhälsoplanen (13 a § 2 mom. 5 punkten). Berätta här kort hur genomförandet av planen leds som helhet. Åtgärder, indikatorer och översynen av planen beskrivs i underavsnitten. ${SV_UNVERIFIED}`,
      en: 'The law requires measures to implement and monitor the regional plan (s. 13 a(2)(5)). Say briefly here how implementation of the plan is led as a whole. Measures, indicators and reviewing the plan are described in the subsections.',
    },
    requirements: ['reg.implementation_monitoring'],
    children: [
      {
        key: 'monitoring.actions',
        title: {
          fi: 'Toimenpiteet ja vastuut',
          sv: 'Åtgärder och ansvar',
          en: 'Measures and responsibilities',
        },
        guidance: {
          fi: 'Laadi toimenpidetaulukko: toimenpide, vastuutaho, aikataulu ja mittari, jolla toteutumista seurataan (OpHL 13 a § 2 mom. 5 k.). Kirjaa, kenelle ja kuinka usein toteutumisesta raportoidaan, esimerkiksi yhteistyöryhmälle ja aluevaltuustolle. Yhteistyöryhmän tehtäviin kuuluu seurata suunnitelman toteutumista (OpHL 14 a §; perustuu toissijaisiin lähteisiin, tarkista Finlexistä).',
          sv: 'Gör upp en åtgärdstabell: åtgärd, ansvarig, tidtabell och den indikator som används för uppföljningen (13 a § 2 mom. 5 punkten). Ange till vem och hur ofta genomförandet rapporteras, till exempel till den regionala samarbetsgruppen och till välfärdsområdesfullmäktige. Till samarbetsgruppens uppgifter hör att följa upp hur planen genomförs (14 a §; ordalydelsen bygger på sekundära källor, kontrollera i Finlex).',
          en: "Draw up a table of measures: measure, party responsible, schedule and the indicator used to follow it up (s. 13 a(2)(5)). Record to whom and how often progress is reported, for example to the cooperation group and the regional council. Monitoring how the plan is carried out is one of the group's tasks (s. 14 a; exact wording known only from secondary sources, check Finlex).",
        },
        requirements: ['reg.implementation_monitoring'],
      },
      {
        key: 'monitoring.indicators',
        title: {
          fi: 'Seuranta ja mittarit',
          sv: 'Uppföljning och indikatorer',
          en: 'Monitoring and indicators',
        },
        guidance: {
          fi: 'Valitse mittarit, joilla tavoitteiden toteutumista seurataan, ja kerro kunkin tietolähde ja seurantaväli. Tavallisia lähteitä ovat THL:n kouluterveyskysely (joka toinen vuosi), TEAviisari ja AvoHILMO sekä henkilöstön määrä suhteessa mitoitukseen. Mittaristo on osa lain edellyttämiä seurannan toimenpiteitä (OpHL 13 a § 2 mom. 5 k.).',
          sv: 'Välj de indikatorer som används för att följa upp om målen nås, och ange datakälla och uppföljningsintervall för var och en. Vanliga källor är THL:s enkät Hälsa i skolan (vartannat år), TEAviisari och AvoHILMO samt personalens antal i förhållande till dimensioneringen. Indikatorerna hör till de uppföljningsåtgärder som lagen kräver (13 a § 2 mom. 5 punkten).',
          en: "Choose the indicators used to follow whether the objectives are met, and give each one's data source and interval. Common sources are THL's School Health Promotion study (every other year), TEAviisari and AvoHILMO, and staff numbers against the ratios. The indicator set is part of the monitoring measures the law requires (s. 13 a(2)(5)).",
        },
        requirements: ['reg.implementation_monitoring'],
      },
      {
        key: 'monitoring.review',
        title: {
          fi: 'Suunnitelman tarkistaminen',
          sv: 'Översyn av planen',
          en: 'Reviewing the plan',
        },
        guidance: {
          fi: 'Suunnitelma on tarkistettava tarvittaessa (OpHL 13 a § 1 mom.). Kerro, mikä käynnistää tarkistamisen, esimerkiksi lainmuutos, koulutuksen järjestäjien uudet suunnitelmat tai se, ettei mitoitus toteudu, ja kuka tarkistamisesta päättää. Pidä tässä myös muutosluetteloa: päivämäärä, muutos ja päätös.',
          sv: `Planen ska ses över vid behov (13 a § 1 mom.). Berätta vad som sätter igång en översyn, till exempel en lagändring, nya elevhälsoplaner hos utbildningsanordnarna eller att dimensioneringen inte uppfylls, och vem som beslutar om översynen. För också en förteckning över ändringar här: datum, ändring och beslut. ${SV_UNVERIFIED}`,
          en: 'The plan must be reviewed when necessary (s. 13 a(1)). Say what triggers a review, for example a change in the law, new provider plans or staffing ratios not being met, and who decides on it. Keep a change log here too: date, change and decision.',
        },
        requirements: ['reg.review_when_needed'],
      },
    ],
  },
  {
    key: 'annexes',
    title: { fi: 'Liitteet', sv: 'Bilagor', en: 'Annexes' },
    guidance: {
      fi: 'Liitteisiin kootaan luettelot ja taulukot, joihin suunnitelman luvut viittaavat. Tyypillisiä liitteitä ovat alueen koulutuksen järjestäjien luettelo (OpHL 13 a § 2 mom.), yhteistyöryhmän kokoonpano (OpHL 14 a §) ja mittaritaulukot. Lisää muut liitteet omiksi alaluvuikseen.',
      sv: 'I bilagorna samlas de förteckningar och tabeller som planens kapitel hänvisar till. Typiska bilagor är en förteckning över utbildningsanordnarna i området (13 a § 2 mom.), den regionala samarbetsgruppens sammansättning (14 a §) och indikatortabeller. Lägg till andra bilagor som egna underavsnitt.',
      en: "The annexes hold the lists and tables the plan's chapters refer to. Typical annexes are a list of the education providers in the region (s. 13 a(2)), the members of the cooperation group (s. 14 a) and indicator tables. Add other annexes as subsections of their own.",
    },
    requirements: [],
    children: [
      {
        key: 'annexes.providers',
        title: {
          fi: 'Alueen koulutuksen järjestäjät ja niiden opiskeluhuoltosuunnitelmat',
          sv: 'Utbildningsanordnarna i området och deras elevhälsoplaner',
          en: 'Education providers in the region and their plans',
        },
        guidance: {
          fi: 'Luettele kaikki alueen koulutuksen järjestäjät (kunnat, kuntayhtymät, yksityiset ja valtion järjestäjät) ja niiden koulutusmuodot, esimerkiksi esiopetus, perusopetus, lukio, ammatillinen koulutus ja tutkintokoulutukseen valmentava koulutus (TUVA). Merkitse kunkin järjestäjän opiskeluhuoltosuunnitelman tila ja päivämäärä. Luettelo osoittaa, että suunnitelma perustuu järjestäjien suunnitelmiin (OpHL 13 a § 2 mom. ja 13 §).',
          sv: 'Räkna upp alla utbildningsanordnare i området (kommuner, samkommuner, privata och statliga anordnare) och deras utbildningsformer, till exempel förskoleundervisning, grundläggande utbildning, gymnasieutbildning, yrkesutbildning och utbildning som handleder för examensutbildning (Hux). Ange läget och datumet för varje anordnares elevhälsoplan. Förteckningen visar att den regionala elevhälsoplanen grundar sig på anordnarnas planer (13 a § 2 mom. och 13 §).',
          en: "List all the education providers in the region (municipalities, joint municipal authorities, private and state providers) and their forms of education, for example pre-primary, basic, general upper secondary, vocational, and preparatory education for programmes leading to a qualification (TUVA). Record the status and date of each provider's student welfare plan. The list shows that the plan is based on the providers' plans (s. 13 a(2) and s. 13).",
        },
        requirements: ['reg.based_on_provider_plans'],
      },
      {
        key: 'annexes.group',
        title: {
          fi: 'Yhteistyöryhmän kokoonpano',
          sv: 'Den regionala samarbetsgruppens sammansättning',
          en: 'Members of the regional cooperation group',
        },
        guidance: {
          fi: 'Luettele alueellisen opiskeluhuollon yhteistyöryhmän jäsenet taustaorganisaatioineen: hyvinvointialue, kunnat, muut koulutuksen järjestäjät, huoltajien ja opiskelijoiden edustajat sekä opiskeluhuoltopalvelujen henkilöstö, kaksikielisellä alueella molemmat kieliryhmät. Kirjaa myös ryhmän asettamispäätös ja kokouspäivät. Kokoonpano perustuu OpHL 14 a §:ään, jonka sisältö tunnetaan tässä vain toissijaisista lähteistä: tarkista Finlexistä.',
          sv: 'Räkna upp medlemmarna i den regionala samarbetsgruppen och deras organisationer: välfärdsområdet, kommunerna, andra utbildningsanordnare, företrädare för vårdnadshavare och studerande samt personalen inom elevhälsotjänsterna, i ett tvåspråkigt område båda språkgrupperna. Ange också beslutet om att tillsätta gruppen och mötesdatumen. 14 a § om sammansättningen är här känd endast från sekundära källor: kontrollera i Finlex.',
          en: 'List the members of the regional cooperation group and their organisations: the wellbeing services county, the municipalities, other education providers, representatives of guardians and students, and student welfare staff; in a bilingual county, both language groups. Also record the decision appointing the group and its meeting dates. Section 14 a on its composition is known here only from secondary sources: check Finlex.',
        },
        requirements: ['reg.prepared_by_group'],
      },
    ],
  },
];

/** One template section in reading order, with its place in the outline. */
export interface FlatTemplateSection {
  section: TemplateSection;
  /** 1 = chapter, 2 = subsection. */
  depth: number;
  parentKey: string | null;
}

/** The template in reading order (parents before their children), as the outline lists it. */
export function flattenTemplate(
  sections: readonly TemplateSection[] = statutoryTemplate,
): FlatTemplateSection[] {
  const flat: FlatTemplateSection[] = [];
  const visit = (list: readonly TemplateSection[], depth: number, parentKey: string | null) => {
    for (const section of list) {
      flat.push({ section, depth, parentKey });
      visit(section.children ?? [], depth + 1, section.key);
    }
  };
  visit(sections, 1, null);
  return flat;
}

const sectionsByKey = new Map(flattenTemplate().map(({ section }) => [section.key, section]));

/** The template section a plan's section was made from, by its stored key; undefined if unknown. */
export function findTemplateSection(key: string): TemplateSection | undefined {
  return sectionsByKey.get(key);
}
