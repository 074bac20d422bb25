import { defineMessages } from '../define';

/**
 * The fixed texts of an exported plan (PDF and DOCX): cover, contents, running footer, annexes.
 * The plan's own text is exported as written; these follow the language chosen for the export.
 */
export const exportMessages = defineMessages(
  {
    /** On every page of a draft. */
    draft: 'LUONNOS',
    cover: {
      kind: 'Alueellinen opiskeluhuoltosuunnitelma',
      region: 'Hyvinvointialue',
      period: 'Valtuustokausi',
      version: 'Versio',
      versionLabel: 'versio {{number}}: {{label}}',
      current: 'Nykyinen teksti {{date}}',
      status: 'Tila',
      statusDraft: 'Luonnos',
      statusFinal: 'Lopullinen',
      digest: 'Tarkiste (SHA-256)',
      digestNote:
        'Tarkiste yksilöi tekstin: sama teksti antaa aina saman tarkisteen, ja jokainen muutos muuttaa sen.',
      exported: 'Tulostettu {{date}}',
    },
    contents: 'Sisällys',
    page: 'sivu',
    pageOf: '/',
    annex: 'Liite {{number}}',
    checklist: {
      title: 'Lakisääteisen sisällön kattavuus',
      intro:
        'Oppilas- ja opiskelijahuoltolain (1287/2013) 13 a §:n vaatimukset ja luvut, joissa ne käsitellään. Vaatimusluettelo {{version}}.',
      requirement: 'Vaatimus',
      reference: 'Säännös',
      status: 'Tila',
      sections: 'Luvut',
      none: '–',
      statuses: { missing: 'Puuttuu', inProgress: 'Kesken', done: 'Valmis' },
      summary: '{{done}}/{{total}} valmis, {{inProgress}} kesken, {{missing}} puuttuu',
    },
    decisions: {
      title: 'Päätöshistoria',
      intro: 'Suunnitelman valmistelun ja käsittelyn vaiheet päätösviitteineen.',
      step: 'Vaihe',
      date: 'Päivämäärä',
      body: 'Toimielin',
      reference: 'Päätös',
      version: 'Versio',
      none: 'Vaiheita ei ole kirjattu.',
      planned: 'suunniteltu {{date}}',
    },
  },
  {
    draft: 'UTKAST',
    cover: {
      kind: 'Regional elevhälsoplan',
      region: 'Välfärdsområde',
      period: 'Fullmäktigeperiod',
      version: 'Version',
      versionLabel: 'version {{number}}: {{label}}',
      current: 'Aktuell text {{date}}',
      status: 'Status',
      statusDraft: 'Utkast',
      statusFinal: 'Slutlig',
      digest: 'Kontrollsumma (SHA-256)',
      digestNote:
        'Kontrollsumman identifierar texten: samma text ger alltid samma summa, och varje ändring ändrar den.',
      exported: 'Utskriven {{date}}',
    },
    contents: 'Innehåll',
    page: 'sida',
    pageOf: '/',
    annex: 'Bilaga {{number}}',
    checklist: {
      title: 'Täckning av det lagstadgade innehållet',
      intro:
        'Kraven i 13 a § i lagen om elev- och studerandevård (1287/2013) och de avsnitt där de behandlas. Kravförteckning {{version}}.',
      requirement: 'Krav',
      reference: 'Bestämmelse',
      status: 'Status',
      sections: 'Avsnitt',
      none: '–',
      statuses: { missing: 'Saknas', inProgress: 'Pågår', done: 'Klar' },
      summary: '{{done}}/{{total}} klara, {{inProgress}} pågår, {{missing}} saknas',
    },
    decisions: {
      title: 'Beslutshistorik',
      intro: 'Stegen i planens beredning och behandling med beslutshänvisningar.',
      step: 'Steg',
      date: 'Datum',
      body: 'Organ',
      reference: 'Beslut',
      version: 'Version',
      none: 'Inga steg har antecknats.',
      planned: 'planerat {{date}}',
    },
  },
  {
    draft: 'DRAFT',
    cover: {
      kind: 'Regional student welfare plan',
      region: 'Wellbeing services county',
      period: 'Council term',
      version: 'Version',
      versionLabel: 'version {{number}}: {{label}}',
      current: 'Current text {{date}}',
      status: 'Status',
      statusDraft: 'Draft',
      statusFinal: 'Final',
      digest: 'Digest (SHA-256)',
      digestNote:
        'The digest identifies the text: the same text always gives the same digest, and any change changes it.',
      exported: 'Printed {{date}}',
    },
    contents: 'Contents',
    page: 'page',
    pageOf: '/',
    annex: 'Annex {{number}}',
    checklist: {
      title: 'Coverage of the statutory content',
      intro:
        'The requirements of section 13 a of the Pupil and Student Welfare Act (1287/2013) and the sections that address them. Requirement catalogue {{version}}.',
      requirement: 'Requirement',
      reference: 'Provision',
      status: 'Status',
      sections: 'Sections',
      none: '–',
      statuses: { missing: 'Missing', inProgress: 'In progress', done: 'Done' },
      summary: '{{done}}/{{total}} done, {{inProgress}} in progress, {{missing}} missing',
    },
    decisions: {
      title: 'Decision history',
      intro: "The steps of the plan's preparation and handling, with decision references.",
      step: 'Step',
      date: 'Date',
      body: 'Body',
      reference: 'Decision',
      version: 'Version',
      none: 'No steps have been recorded.',
      planned: 'planned {{date}}',
    },
  },
);
export type ExportTexts = (typeof exportMessages)['fi'];

/** Fills `{{name}}` placeholders of an export text (the texts are used outside i18next, too). */
export function fillText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
