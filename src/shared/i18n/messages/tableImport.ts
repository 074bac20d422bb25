import { defineMessages } from '../define';

/**
 * Importing staffing counts and indicator values from CSV/XLSX: what is wrong with a cell
 * (`problems`, used by the CLI and the import dialogs), why a row was skipped, and the
 * `suunta import-staffing` command.
 */
export const tableImportMessages = defineMessages(
  {
    /** One cell that cannot be read (CellIssue). */
    issue: 'Rivi {{row}}, sarake ”{{column}}”: {{problem}}',
    problems: {
      notANumber: '”{{value}}” ei ole luku.',
      negative: '”{{value}}” on negatiivinen.',
      notWhole: '”{{value}}” ei ole kokonaisluku.',
      unknownLevel:
        '”{{value}}” ei ole tunnettu koulutusaste (esiopetus, perusopetus, lukio, ammatillinen koulutus, TUVA).',
      empty: 'solu on tyhjä.',
      duplicate: '”{{value}}” on jo aiemmalla rivillä samalla koulutusasteella.',
    },
    skipped: {
      otherArea: 'Rivi {{row}} ohitettiin: se koskee toista aluetta kuin indikaattori.',
      unknownIndicator: 'Rivi {{row}} ohitettiin: sen nimistä indikaattoria ei ole.',
    },
    unplaced: 'Saraketta ”{{header}}” ei tunnistettu',
    cli: {
      description:
        'tuo mitoitustaulukon oppilasmäärät ja henkilötyövuodet CSV- tai Excel-tiedostosta (.xlsx); saman alueen ja koulutusasteen rivit päivitetään',
      syntaxTable: 'taulukko',
      file: 'suunnitelmatiedosto (.opsu)',
      table: 'tuotava taulukko (.csv, .xlsx); sitä ei muuteta',
      json: 'tulosta raportti JSON-muodossa',
      done: 'Tiedostosta {{name}} tuotiin mitoitustaulukkoon rivejä: uusia {{added}}, päivitettyjä {{updated}}.',
      issues_one: '{{name}}: {{count}} solun arvoa ei voi lukea, joten mitään ei tuotu:',
      issues_other: '{{name}}: {{count}} solun arvoa ei voi lukea, joten mitään ei tuotu:',
    },
  },
  {
    issue: 'Rad {{row}}, kolumn ”{{column}}”: {{problem}}',
    problems: {
      notANumber: '”{{value}}” är inte ett tal.',
      negative: '”{{value}}” är negativt.',
      notWhole: '”{{value}}” är inte ett heltal.',
      unknownLevel:
        '”{{value}}” är ingen känd utbildningsnivå (förskoleundervisning, grundläggande utbildning, gymnasium, yrkesutbildning, Hux).',
      empty: 'cellen är tom.',
      duplicate: '”{{value}}” finns redan på en tidigare rad med samma utbildningsnivå.',
    },
    skipped: {
      otherArea: 'Rad {{row}} hoppades över: den gäller ett annat område än indikatorn.',
      unknownIndicator: 'Rad {{row}} hoppades över: det finns ingen indikator med det namnet.',
    },
    unplaced: 'Kolumnen ”{{header}}” kändes inte igen',
    cli: {
      description:
        'importera dimensioneringstabellens elevantal och årsverken från en CSV- eller Excelfil (.xlsx); rader med samma område och utbildningsnivå uppdateras',
      syntaxTable: 'tabell',
      file: 'planfil (.opsu)',
      table: 'tabellen som importeras (.csv, .xlsx); den ändras inte',
      json: 'skriv ut rapporten som JSON',
      done: 'Från filen {{name}} importerades rader till dimensioneringstabellen: nya {{added}}, uppdaterade {{updated}}.',
      issues_one: '{{name}}: {{count}} cell kan inte läsas, så inget importerades:',
      issues_other: '{{name}}: {{count}} celler kan inte läsas, så inget importerades:',
    },
  },
  {
    issue: 'Row {{row}}, column “{{column}}”: {{problem}}',
    problems: {
      notANumber: '“{{value}}” is not a number.',
      negative: '“{{value}}” is negative.',
      notWhole: '“{{value}}” is not a whole number.',
      unknownLevel:
        '“{{value}}” is not a known level of education (pre-primary, basic, upper secondary, vocational, TUVA).',
      empty: 'the cell is empty.',
      duplicate: '“{{value}}” is already on an earlier row at the same level.',
    },
    skipped: {
      otherArea: 'Row {{row}} was skipped: it is about another area than the indicator.',
      unknownIndicator: 'Row {{row}} was skipped: there is no indicator of that name.',
    },
    unplaced: 'Column “{{header}}” was not recognised',
    cli: {
      description:
        'import the staffing table’s pupil counts and full-time equivalents from a CSV or Excel file (.xlsx); rows of the same area and level are updated',
      syntaxTable: 'table',
      file: 'plan file (.opsu)',
      table: 'the table to import (.csv, .xlsx); it is not changed',
      json: 'print the report as JSON',
      done: 'Imported {{name}} into the staffing table: {{added}} rows added, {{updated}} updated.',
      issues_one: '{{name}}: {{count}} cell cannot be read, so nothing was imported:',
      issues_other: '{{name}}: {{count}} cells cannot be read, so nothing was imported:',
    },
  },
);
