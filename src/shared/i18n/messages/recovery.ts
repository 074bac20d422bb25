import { defineMessages } from '../define';

/** The offer of text typed but never saved, after a crash, a hang or saves that kept failing. */
export const recoveryMessages = defineMessages(
  {
    title: 'Tallentamatonta tekstiä löytyi',
    description_one:
      'Yhteen lukuun kirjoitettua tekstiä ei ehditty tallentaa. Palauta se lukuun tai hylkää se.',
    description_other:
      '{{count}} lukuun kirjoitettua tekstiä ei ehditty tallentaa. Palauta ne lukuihin tai hylkää ne.',
    typedAt: 'Kirjoitettu {{time}}',
    emptyPreview: '(tyhjä teksti)',
    restore: 'Palauta',
    restoreLabel: 'Palauta teksti lukuun {{title}}',
    discard: 'Hylkää',
    discardLabel: 'Hylkää luvun {{title}} tallentamaton teksti',
    later: 'Päätä myöhemmin',
    restoreFailed:
      'Tekstiä ei voitu palauttaa lukuun {{title}}: se ei sovi tähän versioon Suunnasta.',
    restored: 'Teksti palautettiin lukuun {{title}}. Sen voi perua (Ctrl+Z).',
    discarded: 'Luvun {{title}} tallentamaton teksti hylättiin.',
  },
  {
    title: 'Osparad text hittades',
    description_one:
      'Text som skrevs i ett kapitel hann inte sparas. Återställ den till kapitlet eller förkasta den.',
    description_other:
      'Text som skrevs i {{count}} kapitel hann inte sparas. Återställ den till kapitlen eller förkasta den.',
    typedAt: 'Skriven {{time}}',
    emptyPreview: '(tom text)',
    restore: 'Återställ',
    restoreLabel: 'Återställ texten till kapitlet {{title}}',
    discard: 'Förkasta',
    discardLabel: 'Förkasta den osparade texten i kapitlet {{title}}',
    later: 'Bestäm senare',
    restoreFailed:
      'Texten kunde inte återställas till kapitlet {{title}}: den passar inte denna version av Suunta.',
    restored: 'Texten återställdes till kapitlet {{title}}. Det kan ångras (Ctrl+Z).',
    discarded: 'Den osparade texten i kapitlet {{title}} förkastades.',
  },
  {
    title: 'Unsaved text found',
    description_one:
      'Text typed in one section was not saved in time. Restore it to the section or discard it.',
    description_other:
      'Text typed in {{count}} sections was not saved in time. Restore it to the sections or discard it.',
    typedAt: 'Typed {{time}}',
    emptyPreview: '(empty text)',
    restore: 'Restore',
    restoreLabel: 'Restore the text to section {{title}}',
    discard: 'Discard',
    discardLabel: 'Discard the unsaved text of section {{title}}',
    later: 'Decide later',
    restoreFailed:
      'The text could not be restored to section {{title}}: it does not fit this version of Suunta.',
    restored: 'The text was restored to section {{title}}. It can be undone (Ctrl+Z).',
    discarded: 'The unsaved text of section {{title}} was discarded.',
  },
);
