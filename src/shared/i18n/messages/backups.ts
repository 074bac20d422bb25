import { defineMessages } from '../define';

/** "Palauta varmuuskopiosta": the plan's rolling backups and restoring one as a new file. */
export const backupsMessages = defineMessages(
  {
    title: 'Palauta varmuuskopiosta',
    intro:
      'Suunta varmuuskopioi suunnitelman, kun se avataan, ennen tiedostomuodon päivitystä ja kymmenen minuutin välein muokatessa. Varmuuskopio palautetaan uudeksi tiedostoksi: nykyinen suunnitelma ja varmuuskopio jäävät ennalleen.',
    fileIntro:
      'Tiedoston {{path}} varmuuskopiot. Varmuuskopio palautetaan uudeksi tiedostoksi; alkuperäinen tiedosto jää ennalleen.',
    damagedTitle: 'Tiedosto on vioittunut',
    damagedIntro:
      'Suunnitelmaa ei voi avata, koska tiedosto on vioittunut: {{path}}. Voit palauttaa sen varmuuskopiosta uudeksi tiedostoksi. Vioittunutta tiedostoa ei muuteta.',
    latest: 'Uusin ehjä varmuuskopio',
    latestSummary: '{{time}} · {{reason}} · {{size}}',
    restoreLatest: 'Palauta tämä varmuuskopio…',
    all: 'Kaikki varmuuskopiot',
    tableLabel: 'Varmuuskopiot, uusin ensin',
    column: {
      createdAt: 'Aika',
      title: 'Suunnitelma',
      reason: 'Syy',
      size: 'Koko',
      state: 'Kunto',
      actions: 'Toiminnot',
    },
    reason: {
      open: 'Avattaessa',
      migration: 'Ennen tiedostomuodon päivitystä',
      interval: 'Muokatessa',
      manual: 'Tehty käsin',
    },
    intact: 'Ehjä',
    damaged: 'Vioittunut',
    noTitle: 'Ei luettavissa',
    restore: 'Palauta…',
    restoreLabel: 'Palauta varmuuskopio {{time}} uudeksi tiedostoksi',
    createNow: 'Varmuuskopioi nyt',
    created: 'Varmuuskopio tehty {{time}}.',
    loading: 'Haetaan varmuuskopioita…',
    none: 'Tästä suunnitelmasta ei ole vielä varmuuskopioita.',
    noneIntact:
      'Ehjää varmuuskopiota ei löytynyt. Jos suunnitelmasta on kopio muualla, esimerkiksi sähköpostissa, avaa se.',
    restoredName: '{{title}} (palautettu {{date}})',
    restored: 'Varmuuskopio palautettiin uudeksi tiedostoksi: {{path}}',
    close: 'Sulje',
  },
  {
    title: 'Återställ från säkerhetskopia',
    intro:
      'Suunta säkerhetskopierar planen när den öppnas, före en uppdatering av filformatet och var tionde minut medan du redigerar. En säkerhetskopia återställs som en ny fil: den nuvarande planen och säkerhetskopian förblir oförändrade.',
    fileIntro:
      'Säkerhetskopior av filen {{path}}. En säkerhetskopia återställs som en ny fil; den ursprungliga filen förblir oförändrad.',
    damagedTitle: 'Filen är skadad',
    damagedIntro:
      'Planen kan inte öppnas eftersom filen är skadad: {{path}}. Du kan återställa den från en säkerhetskopia som en ny fil. Den skadade filen ändras inte.',
    latest: 'Senaste hela säkerhetskopia',
    latestSummary: '{{time}} · {{reason}} · {{size}}',
    restoreLatest: 'Återställ den här säkerhetskopian…',
    all: 'Alla säkerhetskopior',
    tableLabel: 'Säkerhetskopior, nyaste först',
    column: {
      createdAt: 'Tid',
      title: 'Plan',
      reason: 'Orsak',
      size: 'Storlek',
      state: 'Skick',
      actions: 'Åtgärder',
    },
    reason: {
      open: 'Vid öppning',
      migration: 'Före uppdatering av filformatet',
      interval: 'Under redigering',
      manual: 'Gjord för hand',
    },
    intact: 'Hel',
    damaged: 'Skadad',
    noTitle: 'Kan inte läsas',
    restore: 'Återställ…',
    restoreLabel: 'Återställ säkerhetskopian {{time}} som en ny fil',
    createNow: 'Säkerhetskopiera nu',
    created: 'Säkerhetskopia gjord {{time}}.',
    loading: 'Säkerhetskopiorna hämtas…',
    none: 'Det finns ännu inga säkerhetskopior av planen.',
    noneIntact:
      'Ingen hel säkerhetskopia hittades. Om det finns en kopia av planen någon annanstans, till exempel i e-posten, öppna den.',
    restoredName: '{{title}} (återställd {{date}})',
    restored: 'Säkerhetskopian återställdes som en ny fil: {{path}}',
    close: 'Stäng',
  },
  {
    title: 'Restore from backup',
    intro:
      'Suunta backs the plan up when it is opened, before its file format is updated and every ten minutes while you edit. A backup is restored as a new file: the current plan and the backup stay as they are.',
    fileIntro:
      'Backups of the file {{path}}. A backup is restored as a new file; the original file stays as it is.',
    damagedTitle: 'The file is damaged',
    damagedIntro:
      'The plan cannot be opened because its file is damaged: {{path}}. You can restore it from a backup as a new file. The damaged file is not changed.',
    latest: 'Latest intact backup',
    latestSummary: '{{time}} · {{reason}} · {{size}}',
    restoreLatest: 'Restore this backup…',
    all: 'All backups',
    tableLabel: 'Backups, newest first',
    column: {
      createdAt: 'Time',
      title: 'Plan',
      reason: 'Reason',
      size: 'Size',
      state: 'Condition',
      actions: 'Actions',
    },
    reason: {
      open: 'On opening',
      migration: 'Before a file format update',
      interval: 'While editing',
      manual: 'Made by hand',
    },
    intact: 'Intact',
    damaged: 'Damaged',
    noTitle: 'Unreadable',
    restore: 'Restore…',
    restoreLabel: 'Restore the backup of {{time}} as a new file',
    createNow: 'Back up now',
    created: 'Backup made {{time}}.',
    loading: 'Fetching backups…',
    none: 'There are no backups of this plan yet.',
    noneIntact:
      'No intact backup was found. If there is a copy of the plan elsewhere, for example in your e-mail, open that.',
    restoredName: '{{title}} (restored {{date}})',
    restored: 'The backup was restored as a new file: {{path}}',
    close: 'Close',
  },
);
