import { defineMessages } from '../define';

/**
 * Comment rounds (kommenttikierros): the names of statuses, respondent kinds, resolutions, comment
 * kinds and sources, shared by the UI, the CLI and the exported summary; and the screens of rounds.
 */
export const roundsMessages = defineMessages(
  {
    status: {
      preparation: 'Valmistelussa',
      open: 'Auki',
      closed: 'Suljettu',
      reviewed: 'Käsitelty',
    },
    respondentKind: {
      municipality: 'Kunta',
      provider: 'Koulutuksen järjestäjä',
      county: 'Hyvinvointialue',
      guardians: 'Huoltajat',
      students: 'Opiskelijat',
      other: 'Muu',
    },
    resolution: {
      open: 'Avoin',
      accepted: 'Hyväksytty',
      partial: 'Osittain hyväksytty',
      rejected: 'Ei hyväksytty',
      noted: 'Merkitty tiedoksi',
    },
    commentKind: {
      comment: 'Kommentti',
      change: 'Muutosehdotus',
    },
    source: {
      manual: 'Kirjattu käsin',
      docx: 'Word-tiedosto',
      survey: 'Kyselyvastaus',
    },
    anchor: {
      plan: 'Koko suunnitelma',
      section: 'Koko luku',
      found: 'Kohta löytyy tekstistä',
      orphaned: 'Kohtaa ei enää löydy tekstistä',
      sectionRemoved: 'Luku on poistettu',
    },
    /** "K12": comment number 12 of the round. */
    commentNumber: 'K{{number}}',
    general: 'Yleiset kommentit',
  },
  {
    status: {
      preparation: 'Under beredning',
      open: 'Öppen',
      closed: 'Stängd',
      reviewed: 'Behandlad',
    },
    respondentKind: {
      municipality: 'Kommun',
      provider: 'Utbildningsanordnare',
      county: 'Välfärdsområde',
      guardians: 'Vårdnadshavare',
      students: 'Studerande',
      other: 'Annan',
    },
    resolution: {
      open: 'Öppen',
      accepted: 'Godkänd',
      partial: 'Delvis godkänd',
      rejected: 'Inte godkänd',
      noted: 'Antecknad för kännedom',
    },
    commentKind: {
      comment: 'Kommentar',
      change: 'Ändringsförslag',
    },
    source: {
      manual: 'Inmatad för hand',
      docx: 'Word-fil',
      survey: 'Enkätsvar',
    },
    anchor: {
      plan: 'Hela planen',
      section: 'Hela kapitlet',
      found: 'Stället finns i texten',
      orphaned: 'Stället finns inte längre i texten',
      sectionRemoved: 'Kapitlet har tagits bort',
    },
    commentNumber: 'K{{number}}',
    general: 'Allmänna kommentarer',
  },
  {
    status: {
      preparation: 'In preparation',
      open: 'Open',
      closed: 'Closed',
      reviewed: 'Reviewed',
    },
    respondentKind: {
      municipality: 'Municipality',
      provider: 'Education provider',
      county: 'Wellbeing services county',
      guardians: 'Guardians',
      students: 'Students',
      other: 'Other',
    },
    resolution: {
      open: 'Open',
      accepted: 'Accepted',
      partial: 'Partly accepted',
      rejected: 'Not accepted',
      noted: 'Noted',
    },
    commentKind: {
      comment: 'Comment',
      change: 'Change proposal',
    },
    source: {
      manual: 'Entered by hand',
      docx: 'Word file',
      survey: 'Survey response',
    },
    anchor: {
      plan: 'Whole plan',
      section: 'Whole section',
      found: 'Passage found in the text',
      orphaned: 'Passage no longer in the text',
      sectionRemoved: 'Section removed',
    },
    commentNumber: 'C{{number}}',
    general: 'General comments',
  },
);
