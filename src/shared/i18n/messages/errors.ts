import { defineMessages } from '../define';

/** Messages of the error codes in `result.ts`; `details` fill the placeholders. */
export const errors = defineMessages(
  {
    INVALID_INPUT: 'Virheellinen syöte: {{issue}}',
    NOT_FOUND: 'Kohdetta ei löytynyt. Se on ehkä poistettu.',
    FILE_NOT_FOUND: 'Tiedostoa ei löydy: {{path}}',
    FILE_EXISTS: 'Tiedosto on jo olemassa: {{path}}. Valitse toinen nimi.',
    NOT_A_PLAN: 'Tiedosto ei ole Suunta-suunnitelma: {{path}}',
    NEWER_VERSION:
      'Suunnitelma on tehty Suunnan uudemmalla versiolla (tiedostomuoto {{fileVersion}}, tämä versio tuntee muodon {{appVersion}}). Päivitä Suunta avataksesi sen. Tiedostoa ei muutettu.',
    CORRUPT: 'Suunnitelmatiedosto on vioittunut eikä sitä voi avata: {{path}}',
    ALREADY_OPEN: 'Suunnitelma on jo auki toisessa ikkunassa. Siirrytään siihen.',
    LOCKED: 'Suunnitelma on auki toisessa ohjelmassa tai toisella käyttäjällä: {{path}}',
    READ_ONLY: 'Tiedostoon ei voi tallentaa, koska se on vain luku -tilassa: {{path}}',
    DISK_FULL: 'Levy on täynnä. Muutoksia ei voitu tallentaa; vapauta tilaa ja yritä uudelleen.',
    IO: 'Tiedoston käsittely epäonnistui: {{reason}}',
    UNSUPPORTED: 'Toiminto ei ole käytettävissä tässä ympäristössä.',
    INTERNAL: 'Odottamaton virhe. Mitään ei tallennettu puolivalmiina. ({{reason}})',
  },
  {
    INVALID_INPUT: 'Ogiltig inmatning: {{issue}}',
    NOT_FOUND: 'Objektet hittades inte. Det kan ha tagits bort.',
    FILE_NOT_FOUND: 'Filen hittas inte: {{path}}',
    FILE_EXISTS: 'Filen finns redan: {{path}}. Välj ett annat namn.',
    NOT_A_PLAN: 'Filen är inte en Suunta-plan: {{path}}',
    NEWER_VERSION:
      'Planen har gjorts med en nyare version av Suunta (filformat {{fileVersion}}, den här versionen känner till format {{appVersion}}). Uppdatera Suunta för att öppna den. Filen ändrades inte.',
    CORRUPT: 'Planfilen är skadad och kan inte öppnas: {{path}}',
    ALREADY_OPEN: 'Planen är redan öppen i ett annat fönster. Vi går dit.',
    LOCKED: 'Planen är öppen i ett annat program eller hos en annan användare: {{path}}',
    READ_ONLY: 'Det går inte att spara i filen eftersom den är skrivskyddad: {{path}}',
    DISK_FULL: 'Disken är full. Ändringarna kunde inte sparas; frigör utrymme och försök igen.',
    IO: 'Filhanteringen misslyckades: {{reason}}',
    UNSUPPORTED: 'Funktionen är inte tillgänglig i den här miljön.',
    INTERNAL: 'Oväntat fel. Inget sparades halvfärdigt. ({{reason}})',
  },
  {
    INVALID_INPUT: 'Invalid input: {{issue}}',
    NOT_FOUND: 'The item was not found. It may have been deleted.',
    FILE_NOT_FOUND: 'File not found: {{path}}',
    FILE_EXISTS: 'The file already exists: {{path}}. Choose another name.',
    NOT_A_PLAN: 'The file is not a Suunta plan: {{path}}',
    NEWER_VERSION:
      'The plan was made with a newer version of Suunta (file format {{fileVersion}}; this version knows format {{appVersion}}). Update Suunta to open it. The file was not changed.',
    CORRUPT: 'The plan file is damaged and cannot be opened: {{path}}',
    ALREADY_OPEN: 'The plan is already open in another window. Taking you there.',
    LOCKED: 'The plan is open in another program or by another user: {{path}}',
    READ_ONLY: 'The file cannot be saved because it is read-only: {{path}}',
    DISK_FULL: 'The disk is full. Changes could not be saved; free some space and try again.',
    IO: 'Handling the file failed: {{reason}}',
    UNSUPPORTED: 'This action is not available here.',
    INTERNAL: 'Unexpected error. Nothing was left half-saved. ({{reason}})',
  },
);
