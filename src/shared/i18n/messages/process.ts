import { defineMessages } from '../define';

/**
 * Names of the decision process (src/shared/process): milestone kinds, statuses, timings and
 * warnings, shared by the UI, the CLI and exports. A milestone without a title of its own shows its
 * kind's label in the reader's language.
 */
export const processMessages = defineMessages(
  {
    kind: {
      memberSurvey: 'Kysely jäsenorganisaatioille',
      commentRound: 'Luonnoksen kommenttikierros',
      eveningSession: 'Aluehallituksen iltakoulu',
      committee: 'Palvelujen järjestämisen lautakunta',
      regionalBoard: 'Aluehallitus',
      regionalCouncil: 'Aluevaltuusto',
      enforcement: 'Päätöksen täytäntöönpano',
      publication: 'Julkaisu',
      nextPlan: 'Seuraavan valtuustokauden suunnitelma',
      other: 'Muu vaihe',
    },
    /** The decision body a new milestone of the kind starts with (she can change it). */
    body: {
      memberSurvey: 'Alueellinen opiskeluhuollon yhteistyöryhmä',
      commentRound: 'Alueellinen opiskeluhuollon yhteistyöryhmä',
      eveningSession: 'Aluehallitus',
      committee: 'Palvelujen järjestämisen lautakunta',
      regionalBoard: 'Aluehallitus',
      regionalCouncil: 'Aluevaltuusto',
      enforcement: 'Aluehallitus',
      publication: 'Hyvinvointialue',
      nextPlan: 'Alueellinen opiskeluhuollon yhteistyöryhmä',
      other: '',
    },
    status: {
      planned: 'Suunniteltu',
      done: 'Toteutunut',
      cancelled: 'Peruttu',
      postponed: 'Siirretty',
    },
    timing: {
      done: 'Toteutunut',
      overdue: 'Myöhässä',
      dueSoon: 'Pian',
      upcoming: 'Tulossa',
      unscheduled: 'Ei päivämäärää',
      inactive: 'Peruttu',
    },
    warning: {
      beforePreviousStep: 'Suunniteltu aikaisemmaksi kuin prosessissa edeltävä vaihe.',
      doneBeforePrevious: 'Merkitty toteutuneeksi, vaikka edeltävä vaihe on vielä kesken.',
      noVersion: 'Päätösvaiheeseen ei ole liitetty versiota.',
    },
    /** The label of the version frozen when a decision milestone is marked done. */
    decisionVersion: '{{name}} {{date}}',
    /** A decision reference: "Aluevaltuusto 8.12.2022 § 12". */
    item: '§ {{number}}',
  },
  {
    kind: {
      memberSurvey: 'Enkät till medlemsorganisationerna',
      commentRound: 'Kommentarsrunda om utkastet',
      eveningSession: 'Regionstyrelsens aftonskola',
      committee: 'Nämnden för ordnande av tjänster',
      regionalBoard: 'Regionstyrelsen',
      regionalCouncil: 'Regionfullmäktige',
      enforcement: 'Verkställighet av beslutet',
      publication: 'Publicering',
      nextPlan: 'Planen för följande fullmäktigeperiod',
      other: 'Annat skede',
    },
    body: {
      memberSurvey: 'Regionala samarbetsgruppen för elevhälsan',
      commentRound: 'Regionala samarbetsgruppen för elevhälsan',
      eveningSession: 'Regionstyrelsen',
      committee: 'Nämnden för ordnande av tjänster',
      regionalBoard: 'Regionstyrelsen',
      regionalCouncil: 'Regionfullmäktige',
      enforcement: 'Regionstyrelsen',
      publication: 'Välfärdsområdet',
      nextPlan: 'Regionala samarbetsgruppen för elevhälsan',
      other: '',
    },
    status: {
      planned: 'Planerad',
      done: 'Genomförd',
      cancelled: 'Inställd',
      postponed: 'Uppskjuten',
    },
    timing: {
      done: 'Genomförd',
      overdue: 'Försenad',
      dueSoon: 'Snart',
      upcoming: 'Kommande',
      unscheduled: 'Inget datum',
      inactive: 'Inställd',
    },
    warning: {
      beforePreviousStep: 'Planerad tidigare än ett föregående skede i processen.',
      doneBeforePrevious: 'Markerad som genomförd fast ett föregående skede ännu pågår.',
      noVersion: 'Ingen version har kopplats till beslutsskedet.',
    },
    decisionVersion: '{{name}} {{date}}',
    item: '§ {{number}}',
  },
  {
    kind: {
      memberSurvey: 'Survey of member organisations',
      commentRound: 'Comment round on the draft',
      eveningSession: 'Regional board evening session',
      committee: 'Service-organising committee',
      regionalBoard: 'Regional board',
      regionalCouncil: 'Regional council',
      enforcement: 'Enforcement of the decision',
      publication: 'Publication',
      nextPlan: 'Plan for the next council term',
      other: 'Other step',
    },
    body: {
      memberSurvey: 'Regional student welfare cooperation group',
      commentRound: 'Regional student welfare cooperation group',
      eveningSession: 'Regional board',
      committee: 'Service-organising committee',
      regionalBoard: 'Regional board',
      regionalCouncil: 'Regional council',
      enforcement: 'Regional board',
      publication: 'Wellbeing services county',
      nextPlan: 'Regional student welfare cooperation group',
      other: '',
    },
    status: {
      planned: 'Planned',
      done: 'Done',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
    },
    timing: {
      done: 'Done',
      overdue: 'Overdue',
      dueSoon: 'Due soon',
      upcoming: 'Upcoming',
      unscheduled: 'No date',
      inactive: 'Cancelled',
    },
    warning: {
      beforePreviousStep: 'Planned earlier than a step that comes before it in the process.',
      doneBeforePrevious: 'Marked done while an earlier step is still open.',
      noVersion: 'No version is linked to this decision step.',
    },
    decisionVersion: '{{name}} {{date}}',
    item: '§ {{number}}',
  },
);
