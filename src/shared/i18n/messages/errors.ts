import { defineMessages } from '../define';

/** Messages of the error codes in `result.ts`; `details` fill the placeholders. */
export const errors = defineMessages(
  {
    INVALID_INPUT: 'Virheellinen syöte: {{issue}}',
    NOT_FOUND: 'Kohdetta ei löytynyt. Se on ehkä poistettu.',
    NOT_FOUND_round:
      'Suunnitelmassa ei ole tätä kommenttikierrosta, joten kommenttikoostetta ei voi liittää. Mitään ei tallennettu.',
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
    FILE_GONE:
      'Suunnitelman tiedosto on poistettu tai siirretty muualle sen ollessa auki: {{path}}. Mitään ei ole menetetty: tallenna suunnitelma uuteen paikkaan (Tallenna nimellä).',
    NOT_FOUND_backup: 'Varmuuskopiota ei löytynyt. Se on ehkä poistettu. Mitään ei palautettu.',
    NOT_FOUND_replacement: 'Korvausta ei löytynyt, tai se on jo kumottu. Tekstiä ei muutettu.',
    CHANGED_SINCE_replacement:
      'Lukua ”{{title}}” on muokattu korvaamisen jälkeen, joten kumoaminen hävittäisi ne muokkaukset. Palauta aiempi teksti luvun muutoshistoriasta. Tekstiä ei muutettu.',
    REPLACE_NEEDS_PHRASE:
      'Korvattavaksi voi antaa yhden sanan tai yhden lainausmerkeissä olevan ilmauksen. Tekstiä ei muutettu.',
    IO: 'Tiedoston käsittely epäonnistui: {{reason}}',
    UNSUPPORTED: 'Toiminto ei ole käytettävissä tässä ympäristössä.',
    WRONG_FORMAT:
      'Tiedosto ei ole Word-asiakirja (.docx), eikä sitä voi tuoda. Mitään ei tuotu eikä tallennettu.',
    WRONG_FORMAT_doc:
      'Tiedosto on vanhaa Word-muotoa (.doc). Tallenna se Wordissa .docx-muodossa ja tuo uudelleen. Mitään ei tuotu.',
    WRONG_FORMAT_xlsx:
      'Tiedosto on Excel-taulukko, ei Word-asiakirja. Valitse suunnitelman .docx-tiedosto. Mitään ei tuotu.',
    WRONG_FORMAT_pptx:
      'Tiedosto on PowerPoint-esitys, ei Word-asiakirja. Valitse suunnitelman .docx-tiedosto. Mitään ei tuotu.',
    WRONG_FORMAT_odt:
      'Tiedosto on OpenDocument-muodossa. Tallenna se .docx-muodossa ja tuo uudelleen. Mitään ei tuotu.',
    WRONG_FORMAT_zip:
      'Tiedosto on zip-paketti, ei Word-asiakirja. Valitse suunnitelman .docx-tiedosto. Mitään ei tuotu.',
    ENCRYPTED:
      'Tiedosto on suojattu salasanalla. Poista suojaus Wordissa (Tiedosto > Tiedot > Suojaa asiakirja) ja tuo uudelleen. Mitään ei tuotu.',
    DAMAGED_FILE:
      'Tiedosto on vioittunut tai keskeneräinen, eikä sitä voi lukea. Avaa se Wordissa, tallenna uudelleen ja tuo sitten. Mitään ei tuotu.',
    TOO_LARGE:
      'Tiedosto on liian suuri tuotavaksi (yli {{limitMb}} Mt). Poista siitä esimerkiksi kuvat ja tuo uudelleen. Mitään ei tuotu.',
    TOO_LARGE_unpacked:
      'Tiedoston sisältö on purettuna liian suuri (yli {{limitMb}} Mt), eikä sitä luettu loppuun. Mitään ei tuotu.',
    TOO_LARGE_section:
      'Jonkin luvun teksti on liian pitkä yhdeksi luvuksi. Jaa luku Wordissa otsikoilla pienempiin osiin ja tuo uudelleen. Mitään ei tuotu.',
    EMPTY_DOCUMENT: 'Asiakirjassa ei ole tekstiä. Mitään ei tuotu.',
    EMPTY_DOCUMENT_table: 'Taulukossa ei ole yhtään täytettyä solua. Mitään ei tuotu.',
    WRONG_FORMAT_docx:
      'Tiedosto on Word-asiakirja, ei Excel-taulukko. Tuo se Word-tiedostona (.docx). Mitään ei tuotu.',
    WRONG_FORMAT_xls:
      'Tiedosto on vanhaa Excel-muotoa (.xls). Tallenna se Excelissä .xlsx- tai .csv-muodossa ja tuo uudelleen. Mitään ei tuotu.',
    WRONG_FORMAT_notTable:
      'Tiedostoa ei voi lukea taulukkona: se ei ole CSV-tiedosto eikä Excel-taulukko (.xlsx). Tallenna se kyselytyökalusta, tilastopalvelusta tai Excelistä CSV- tai XLSX-muodossa ja tuo uudelleen. Mitään ei tuotu.',
    WRONG_FORMAT_notReturned:
      'Tiedostoa ei voi tuoda kommentteina: se ei ole Word-asiakirja (.docx), CSV-tiedosto eikä Excel-taulukko (.xlsx). Mitään ei tuotu.',
    ENCRYPTED_table:
      'Taulukko on suojattu salasanalla. Poista suojaus Excelissä (Tiedosto > Tiedot > Suojaa työkirja) ja tuo uudelleen. Mitään ei tuotu.',
    DAMAGED_FILE_table:
      'Taulukko on vioittunut tai keskeneräinen, eikä sitä voi lukea. Avaa se Excelissä, tallenna uudelleen ja tuo sitten. Mitään ei tuotu.',
    TOO_LARGE_table:
      'Taulukko on liian suuri tuotavaksi: siinä saa olla enintään {{rows}} riviä, {{columns}} saraketta ja {{limitMb}} Mt tekstiä. Jaa se useampaan tiedostoon ja tuo ne erikseen. Mitään ei tuotu.',
    SOURCE_CHANGED:
      'Tiedosto on muuttunut esikatselun jälkeen: {{path}}. Esikatsele se uudelleen. Mitään ei tallennettu.',
    INVALID_DATES: 'Päivämäärät eivät ole mahdollisia. Mitään ei tallennettu.',
    INVALID_DATES_endBeforeStart:
      'Päättymispäivä {{end}} on ennen alkamispäivää {{start}}. Mitään ei tallennettu.',
    INVALID_DATES_decisionBeforeVersion:
      'Päätöspäivä {{date}} on aikaisempi kuin päivä, jona siihen liitetty versio {{version}} tallennettiin ({{versionDate}}). Valitse myöhempi päivä tai toinen versio. Mitään ei tallennettu.',
    CHROMIUM_MISSING:
      'PDF:n tekemiseen tarvitaan Chromium-, Chrome- tai Edge-selain, eikä sellaista löytynyt. Asenna Chrome tai Edge, tai anna selaimen ohjelmatiedoston polku ympäristömuuttujassa SUUNTA_CHROMIUM. Mitään ei tallennettu.',
    CHROMIUM_MISSING_linux:
      'PDF:n tekemiseen tarvitaan Chromium-selain, eikä sitä löytynyt. Asenna se komennolla: sudo apt-get install chromium (tai asenna Google Chrome), tai anna selaimen ohjelmatiedoston polku ympäristömuuttujassa SUUNTA_CHROMIUM. Mitään ei tallennettu.',
    CHROMIUM_MISSING_win32:
      'PDF:n tekemiseen tarvitaan Microsoft Edge- tai Google Chrome -selain, eikä kumpaakaan löytynyt vakiokansioista. Asenna Edge tai Chrome, tai anna selaimen ohjelmatiedoston (msedge.exe tai chrome.exe) polku ympäristömuuttujassa SUUNTA_CHROMIUM. Mitään ei tallennettu.',
    CHROMIUM_MISSING_darwin:
      'PDF:n tekemiseen tarvitaan Google Chrome- tai Microsoft Edge -selain, eikä kumpaakaan löytynyt Ohjelmat-kansiosta. Asenna Chrome tai Edge, tai anna selaimen ohjelmatiedoston polku ympäristömuuttujassa SUUNTA_CHROMIUM. Mitään ei tallennettu.',
    CHROMIUM_MISSING_env:
      'Ympäristömuuttuja SUUNTA_CHROMIUM nimeää selaimen, jota ei ole: {{path}}. Korjaa polku tai poista muuttuja. Mitään ei tallennettu.',
    BAD_TEMPLATE:
      'Word-pohjaa ei voi käyttää: {{path}}. Valitse Wordin .docx- tai .dotx-tiedosto, jossa on tyylit. Mitään ei tallennettu.',
    DUPLICATE_NAME: 'Nimi ”{{name}}” on jo käytössä. Valitse toinen nimi. Mitään ei tallennettu.',
    IN_USE: 'Ei voi poistaa, koska siihen liittyy kommentteja ({{count}}). Mitään ei poistettu.',
    IN_USE_respondent:
      'Vastaajaa ei voi poistaa, koska siltä on kommentteja ({{count}}). Mitään ei poistettu.',
    IN_USE_round:
      'Kierrosta ei voi poistaa, koska siinä on kommentteja ({{count}}). Mitään ei poistettu.',
    RESPONSE_REQUIRED:
      'Kirjoita vastine: se tarvitaan kaikkiin muihin ratkaisuihin kuin ”avoin”. Mitään ei tallennettu.',
    PASSAGE_NOT_FOUND: 'Muutosehdotusta ei voitu viedä tekstiin. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_removed:
      'Kohtaa, jota muutosehdotus koskee, ei enää löydy luvun tekstistä. Tee muutos käsin. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_ambiguous:
      'Kohta, jota muutosehdotus koskee, esiintyy luvussa useammin kuin kerran, eikä oikeaa voi päätellä varmasti. Tee muutos käsin. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_spansParagraphs:
      'Muutosehdotus koskee usean kappaleen mittaista kohtaa. Tee muutos käsin. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_sectionRemoved:
      'Luku, jota muutosehdotus koskee, on poistettu suunnitelmasta. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_notAChange: 'Kommentti ei ole muutosehdotus. Tekstiä ei muutettu.',
    PASSAGE_NOT_FOUND_applied: 'Muutosehdotus on jo viety tekstiin. Tekstiä ei muutettu.',
    CHANGED_SINCE:
      'Lukua on muokattu muutoksen jälkeen, joten kumoaminen hävittäisi ne muokkaukset. Palauta aiempi teksti luvun muutoshistoriasta. Tekstiä ei muutettu.',
    INVALID_DATA:
      'Taulukon rivillä {{row}} sarakkeen ”{{column}}” arvoa ”{{value}}” ei voi lukea. Korjaa tiedosto ja tuo se uudelleen. Mitään ei tallennettu.',
    MISSING_COLUMN:
      'Taulukosta puuttuu tarvittava sarake. Valitse sarakkeet itse tai korjaa otsikot. Mitään ei tallennettu.',
    MISSING_COLUMN_area:
      'Taulukosta ei löytynyt alueen (kunta tai järjestäjä) saraketta. Mitään ei tallennettu.',
    MISSING_COLUMN_level: 'Taulukosta ei löytynyt koulutusasteen saraketta. Mitään ei tallennettu.',
    MISSING_COLUMN_year: 'Taulukosta ei löytynyt vuoden saraketta. Mitään ei tallennettu.',
    MISSING_COLUMN_value: 'Taulukosta ei löytynyt arvojen saraketta. Mitään ei tallennettu.',
    MISSING_COLUMN_indicator:
      'Taulukosta ei löytynyt indikaattorin nimen saraketta. Valitse indikaattori, jolle arvot tuodaan. Mitään ei tallennettu.',
    NOT_FOUND_indicator: 'Indikaattoria ei löytynyt. Se on ehkä poistettu. Mitään ei tallennettu.',
    NOT_FOUND_provider:
      'Koulutuksen järjestäjää ei löytynyt. Se on ehkä poistettu. Mitään ei tallennettu.',
    NOT_FOUND_staffingRow:
      'Mitoitustaulukon riviä ei löytynyt. Se on ehkä poistettu. Mitään ei tallennettu.',
    INTERNAL: 'Odottamaton virhe. Mitään ei tallennettu puolivalmiina. ({{reason}})',
  },
  {
    INVALID_INPUT: 'Ogiltig inmatning: {{issue}}',
    NOT_FOUND: 'Objektet hittades inte. Det kan ha tagits bort.',
    NOT_FOUND_round:
      'Planen har inte denna kommentarsrunda, så sammanställningen av kommentarer kan inte bifogas. Inget sparades.',
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
    FILE_GONE:
      'Planens fil har raderats eller flyttats medan den var öppen: {{path}}. Inget har gått förlorat: spara planen på en ny plats (Spara som).',
    NOT_FOUND_backup:
      'Säkerhetskopian hittades inte. Den har kanske tagits bort. Inget återställdes.',
    NOT_FOUND_replacement:
      'Ersättningen hittades inte, eller så har den redan ångrats. Texten ändrades inte.',
    CHANGED_SINCE_replacement:
      'Kapitlet ”{{title}}” har redigerats efter ersättningen, så att ångra den skulle förlora de redigeringarna. Återställ den tidigare texten från kapitlets ändringshistorik. Texten ändrades inte.',
    REPLACE_NEEDS_PHRASE:
      'Det som ska ersättas kan vara ett ord eller ett uttryck inom citattecken. Texten ändrades inte.',
    IO: 'Filhanteringen misslyckades: {{reason}}',
    UNSUPPORTED: 'Funktionen är inte tillgänglig i den här miljön.',
    WRONG_FORMAT:
      'Filen är inte ett Word-dokument (.docx) och kan inte importeras. Inget importerades eller sparades.',
    WRONG_FORMAT_doc:
      'Filen har det gamla Word-formatet (.doc). Spara den i .docx-format i Word och importera den igen. Inget importerades.',
    WRONG_FORMAT_xlsx:
      'Filen är en Excel-tabell, inte ett Word-dokument. Välj planens .docx-fil. Inget importerades.',
    WRONG_FORMAT_pptx:
      'Filen är en PowerPoint-presentation, inte ett Word-dokument. Välj planens .docx-fil. Inget importerades.',
    WRONG_FORMAT_odt:
      'Filen har OpenDocument-format. Spara den i .docx-format och importera den igen. Inget importerades.',
    WRONG_FORMAT_zip:
      'Filen är ett zip-paket, inte ett Word-dokument. Välj planens .docx-fil. Inget importerades.',
    ENCRYPTED:
      'Filen är lösenordsskyddad. Ta bort skyddet i Word (Arkiv > Info > Skydda dokument) och importera den igen. Inget importerades.',
    DAMAGED_FILE:
      'Filen är skadad eller ofullständig och kan inte läsas. Öppna den i Word, spara den på nytt och importera den sedan. Inget importerades.',
    TOO_LARGE:
      'Filen är för stor för att importeras (över {{limitMb}} MB). Ta till exempel bort bilder ur den och importera den igen. Inget importerades.',
    TOO_LARGE_unpacked:
      'Filens innehåll är för stort uppackat (över {{limitMb}} MB) och lästes inte till slut. Inget importerades.',
    TOO_LARGE_section:
      'Texten i något kapitel är för lång för ett kapitel. Dela kapitlet i mindre delar med rubriker i Word och importera igen. Inget importerades.',
    EMPTY_DOCUMENT: 'Dokumentet innehåller ingen text. Inget importerades.',
    EMPTY_DOCUMENT_table: 'Tabellen har inga ifyllda celler. Inget importerades.',
    WRONG_FORMAT_docx:
      'Filen är ett Word-dokument, inte en Excel-tabell. Importera den som Word-fil (.docx). Inget importerades.',
    WRONG_FORMAT_xls:
      'Filen är i det gamla Excel-formatet (.xls). Spara den som .xlsx eller .csv i Excel och importera den igen. Inget importerades.',
    WRONG_FORMAT_notTable:
      'Filen kan inte läsas som en tabell: den är varken en CSV-fil eller en Excel-tabell (.xlsx). Spara den som CSV eller XLSX i enkätverktyget, statistiktjänsten eller Excel och importera den igen. Inget importerades.',
    WRONG_FORMAT_notReturned:
      'Filen kan inte importeras som kommentarer: den är varken ett Word-dokument (.docx), en CSV-fil eller en Excel-arbetsbok (.xlsx). Inget importerades.',
    ENCRYPTED_table:
      'Tabellen är lösenordsskyddad. Ta bort skyddet i Excel (Arkiv > Info > Skydda arbetsbok) och importera den igen. Inget importerades.',
    DAMAGED_FILE_table:
      'Tabellen är skadad eller ofullständig och kan inte läsas. Öppna den i Excel, spara den på nytt och importera den sedan. Inget importerades.',
    TOO_LARGE_table:
      'Tabellen är för stor för att importeras: den får ha högst {{rows}} rader, {{columns}} kolumner och {{limitMb}} MB text. Dela upp den i flera filer och importera dem var för sig. Inget importerades.',
    SOURCE_CHANGED:
      'Filen har ändrats efter förhandsvisningen: {{path}}. Förhandsgranska den på nytt. Inget sparades.',
    INVALID_DATES: 'Datumen är inte möjliga. Inget sparades.',
    INVALID_DATES_endBeforeStart:
      'Slutdatumet {{end}} infaller före startdatumet {{start}}. Inget sparades.',
    INVALID_DATES_decisionBeforeVersion:
      'Beslutsdatumet {{date}} infaller före den dag då den kopplade versionen {{version}} sparades ({{versionDate}}). Välj ett senare datum eller en annan version. Inget sparades.',
    CHROMIUM_MISSING:
      'För att skapa en PDF behövs webbläsaren Chromium, Chrome eller Edge, och ingen hittades. Installera Chrome eller Edge, eller ange sökvägen till webbläsarens programfil i miljövariabeln SUUNTA_CHROMIUM. Inget sparades.',
    CHROMIUM_MISSING_linux:
      'För att skapa en PDF behövs webbläsaren Chromium, och den hittades inte. Installera den med kommandot: sudo apt-get install chromium (eller installera Google Chrome), eller ange sökvägen till webbläsarens programfil i miljövariabeln SUUNTA_CHROMIUM. Inget sparades.',
    CHROMIUM_MISSING_win32:
      'För att skapa en PDF behövs webbläsaren Microsoft Edge eller Google Chrome, och ingen av dem hittades i standardmapparna. Installera Edge eller Chrome, eller ange sökvägen till programfilen (msedge.exe eller chrome.exe) i miljövariabeln SUUNTA_CHROMIUM. Inget sparades.',
    CHROMIUM_MISSING_darwin:
      'För att skapa en PDF behövs webbläsaren Google Chrome eller Microsoft Edge, och ingen av dem hittades i mappen Program. Installera Chrome eller Edge, eller ange sökvägen till webbläsarens programfil i miljövariabeln SUUNTA_CHROMIUM. Inget sparades.',
    CHROMIUM_MISSING_env:
      'Miljövariabeln SUUNTA_CHROMIUM anger en webbläsare som inte finns: {{path}}. Rätta sökvägen eller ta bort variabeln. Inget sparades.',
    BAD_TEMPLATE:
      'Word-mallen kan inte användas: {{path}}. Välj en .docx- eller .dotx-fil från Word som innehåller formatmallar. Inget sparades.',
    DUPLICATE_NAME: 'Namnet ”{{name}}” används redan. Välj ett annat namn. Inget sparades.',
    IN_USE: 'Kan inte tas bort eftersom det finns kommentarer ({{count}}). Inget togs bort.',
    IN_USE_respondent:
      'Remissinstansen kan inte tas bort eftersom den har kommentarer ({{count}}). Inget togs bort.',
    IN_USE_round:
      'Rundan kan inte tas bort eftersom den har kommentarer ({{count}}). Inget togs bort.',
    RESPONSE_REQUIRED:
      'Skriv ett bemötande: det behövs för alla andra beslut än ”öppen”. Inget sparades.',
    PASSAGE_NOT_FOUND: 'Ändringsförslaget kunde inte föras in i texten. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_removed:
      'Stället som ändringsförslaget gäller finns inte längre i kapitlets text. Gör ändringen för hand. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_ambiguous:
      'Stället som ändringsförslaget gäller förekommer flera gånger i kapitlet, och det rätta kan inte avgöras säkert. Gör ändringen för hand. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_spansParagraphs:
      'Ändringsförslaget gäller ett ställe som sträcker sig över flera stycken. Gör ändringen för hand. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_sectionRemoved:
      'Kapitlet som ändringsförslaget gäller har tagits bort ur planen. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_notAChange: 'Kommentaren är inte ett ändringsförslag. Texten ändrades inte.',
    PASSAGE_NOT_FOUND_applied:
      'Ändringsförslaget har redan förts in i texten. Texten ändrades inte.',
    CHANGED_SINCE:
      'Kapitlet har redigerats efter ändringen, så att ångra den skulle förlora de redigeringarna. Återställ den tidigare texten från kapitlets ändringshistorik. Texten ändrades inte.',
    INVALID_DATA:
      'Värdet ”{{value}}” i kolumnen ”{{column}}” på rad {{row}} i tabellen kan inte läsas. Rätta filen och importera den igen. Inget sparades.',
    MISSING_COLUMN:
      'En kolumn som behövs saknas i tabellen. Välj kolumnerna själv eller rätta rubrikerna. Inget sparades.',
    MISSING_COLUMN_area:
      'Tabellen har ingen kolumn för område (kommun eller anordnare). Inget sparades.',
    MISSING_COLUMN_level: 'Tabellen har ingen kolumn för utbildningsnivå. Inget sparades.',
    MISSING_COLUMN_year: 'Tabellen har ingen kolumn för år. Inget sparades.',
    MISSING_COLUMN_value: 'Tabellen har ingen kolumn för värden. Inget sparades.',
    MISSING_COLUMN_indicator:
      'Tabellen har ingen kolumn för indikatorns namn. Välj den indikator som värdena gäller. Inget sparades.',
    NOT_FOUND_indicator: 'Indikatorn hittades inte. Den har kanske tagits bort. Inget sparades.',
    NOT_FOUND_provider:
      'Utbildningsanordnaren hittades inte. Den har kanske tagits bort. Inget sparades.',
    NOT_FOUND_staffingRow:
      'Raden i dimensioneringstabellen hittades inte. Den har kanske tagits bort. Inget sparades.',
    INTERNAL: 'Oväntat fel. Inget sparades halvfärdigt. ({{reason}})',
  },
  {
    INVALID_INPUT: 'Invalid input: {{issue}}',
    NOT_FOUND: 'The item was not found. It may have been deleted.',
    NOT_FOUND_round:
      'The plan has no such comment round, so the comment summary cannot be attached. Nothing was saved.',
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
    FILE_GONE:
      'The plan’s file was deleted or moved while it was open: {{path}}. Nothing has been lost: save the plan in a new place (Save as).',
    NOT_FOUND_backup: 'The backup was not found. It may have been deleted. Nothing was restored.',
    NOT_FOUND_replacement:
      'The replacement was not found, or it has already been undone. The text was not changed.',
    CHANGED_SINCE_replacement:
      'The section “{{title}}” was edited after the replacement, so undoing it would lose those edits. Restore the earlier text from the section history. The text was not changed.',
    REPLACE_NEEDS_PHRASE:
      'What to replace can be one word or one phrase in quotation marks. The text was not changed.',
    IO: 'Handling the file failed: {{reason}}',
    UNSUPPORTED: 'This action is not available here.',
    WRONG_FORMAT:
      'The file is not a Word document (.docx) and cannot be imported. Nothing was imported or saved.',
    WRONG_FORMAT_doc:
      'The file is in the old Word format (.doc). Save it as .docx in Word and import it again. Nothing was imported.',
    WRONG_FORMAT_xlsx:
      "The file is an Excel workbook, not a Word document. Choose the plan's .docx file. Nothing was imported.",
    WRONG_FORMAT_pptx:
      "The file is a PowerPoint presentation, not a Word document. Choose the plan's .docx file. Nothing was imported.",
    WRONG_FORMAT_odt:
      'The file is in OpenDocument format. Save it as .docx and import it again. Nothing was imported.',
    WRONG_FORMAT_zip:
      "The file is a zip archive, not a Word document. Choose the plan's .docx file. Nothing was imported.",
    ENCRYPTED:
      'The file is password-protected. Remove the protection in Word (File > Info > Protect Document) and import it again. Nothing was imported.',
    DAMAGED_FILE:
      'The file is damaged or incomplete and cannot be read. Open it in Word, save it again and then import it. Nothing was imported.',
    TOO_LARGE:
      'The file is too large to import (over {{limitMb}} MB). Remove images from it, for example, and import it again. Nothing was imported.',
    TOO_LARGE_unpacked:
      "The file's contents are too large when unpacked (over {{limitMb}} MB) and were not read to the end. Nothing was imported.",
    TOO_LARGE_section:
      'The text of one chapter is too long for a single section. Split it into smaller parts with headings in Word and import it again. Nothing was imported.',
    EMPTY_DOCUMENT: 'The document contains no text. Nothing was imported.',
    EMPTY_DOCUMENT_table: 'The table has no filled-in cells. Nothing was imported.',
    WRONG_FORMAT_docx:
      'The file is a Word document, not an Excel workbook. Import it as a Word file (.docx). Nothing was imported.',
    WRONG_FORMAT_xls:
      'The file is in the old Excel format (.xls). Save it as .xlsx or .csv in Excel and import it again. Nothing was imported.',
    WRONG_FORMAT_notTable:
      'The file cannot be read as a table: it is neither a CSV file nor an Excel workbook (.xlsx). Save it as CSV or XLSX from the survey tool, the statistics service or Excel and import it again. Nothing was imported.',
    WRONG_FORMAT_notReturned:
      'The file cannot be imported as comments: it is not a Word document (.docx), a CSV file or an Excel workbook (.xlsx). Nothing was imported.',
    ENCRYPTED_table:
      'The workbook is password-protected. Remove the protection in Excel (File > Info > Protect Workbook) and import it again. Nothing was imported.',
    DAMAGED_FILE_table:
      'The workbook is damaged or incomplete and cannot be read. Open it in Excel, save it again and then import it. Nothing was imported.',
    TOO_LARGE_table:
      'The table is too large to import: it may have at most {{rows}} rows, {{columns}} columns and {{limitMb}} MB of text. Split it into several files and import them separately. Nothing was imported.',
    SOURCE_CHANGED:
      'The file has changed since the preview: {{path}}. Preview it again. Nothing was saved.',
    INVALID_DATES: 'These dates are not possible. Nothing was saved.',
    INVALID_DATES_endBeforeStart:
      'The end date {{end}} is before the start date {{start}}. Nothing was saved.',
    INVALID_DATES_decisionBeforeVersion:
      'The decision date {{date}} is earlier than the day the linked version {{version}} was saved ({{versionDate}}). Choose a later date or another version. Nothing was saved.',
    CHROMIUM_MISSING:
      'Making a PDF needs a Chromium, Chrome or Edge browser, and none was found. Install Chrome or Edge, or give the path of the browser program in the environment variable SUUNTA_CHROMIUM. Nothing was written.',
    CHROMIUM_MISSING_linux:
      'Making a PDF needs the Chromium browser, and it was not found. Install it with: sudo apt-get install chromium (or install Google Chrome), or give the path of the browser program in the environment variable SUUNTA_CHROMIUM. Nothing was written.',
    CHROMIUM_MISSING_win32:
      'Making a PDF needs Microsoft Edge or Google Chrome, and neither was found in its standard folder. Install Edge or Chrome, or give the path of the program (msedge.exe or chrome.exe) in the environment variable SUUNTA_CHROMIUM. Nothing was written.',
    CHROMIUM_MISSING_darwin:
      'Making a PDF needs Google Chrome or Microsoft Edge, and neither was found in Applications. Install Chrome or Edge, or give the path of the browser program in the environment variable SUUNTA_CHROMIUM. Nothing was written.',
    CHROMIUM_MISSING_env:
      'The environment variable SUUNTA_CHROMIUM names a browser that does not exist: {{path}}. Correct the path or remove the variable. Nothing was written.',
    BAD_TEMPLATE:
      'The Word template cannot be used: {{path}}. Choose a .docx or .dotx file from Word that has styles. Nothing was written.',
    DUPLICATE_NAME:
      'The name “{{name}}” is already in use. Choose another name. Nothing was saved.',
    IN_USE: 'Cannot be removed while comments refer to it ({{count}}). Nothing was removed.',
    IN_USE_respondent:
      'The respondent cannot be removed while it has comments ({{count}}). Nothing was removed.',
    IN_USE_round:
      'The round cannot be removed while it has comments ({{count}}). Nothing was removed.',
    RESPONSE_REQUIRED:
      'Write a response: every resolution other than “open” needs one. Nothing was saved.',
    PASSAGE_NOT_FOUND:
      'The change proposal could not be applied to the text. The text was not changed.',
    PASSAGE_NOT_FOUND_removed:
      'The passage the change proposal concerns is no longer in the section’s text. Make the change by hand. The text was not changed.',
    PASSAGE_NOT_FOUND_ambiguous:
      'The passage the change proposal concerns occurs more than once in the section, and which one is meant cannot be told for sure. Make the change by hand. The text was not changed.',
    PASSAGE_NOT_FOUND_spansParagraphs:
      'The change proposal concerns a passage spanning several paragraphs. Make the change by hand. The text was not changed.',
    PASSAGE_NOT_FOUND_sectionRemoved:
      'The section the change proposal concerns has been removed from the plan. The text was not changed.',
    PASSAGE_NOT_FOUND_notAChange: 'The comment is not a change proposal. The text was not changed.',
    PASSAGE_NOT_FOUND_applied:
      'The change proposal has already been applied. The text was not changed.',
    CHANGED_SINCE:
      'The section was edited after the change was applied, so undoing it would lose those edits. Restore the earlier text from the section history. The text was not changed.',
    INVALID_DATA:
      'The value “{{value}}” in column “{{column}}” on row {{row}} of the table cannot be read. Correct the file and import it again. Nothing was saved.',
    MISSING_COLUMN:
      'The table lacks a column that is needed. Choose the columns yourself or correct the headers. Nothing was saved.',
    MISSING_COLUMN_area:
      'The table has no column for the area (municipality or provider). Nothing was saved.',
    MISSING_COLUMN_level: 'The table has no column for the level of education. Nothing was saved.',
    MISSING_COLUMN_year: 'The table has no column for the year. Nothing was saved.',
    MISSING_COLUMN_value: 'The table has no column for the values. Nothing was saved.',
    MISSING_COLUMN_indicator:
      'The table has no column for the indicator name. Choose the indicator the values are for. Nothing was saved.',
    NOT_FOUND_indicator:
      'The indicator was not found. It may have been removed. Nothing was saved.',
    NOT_FOUND_provider:
      'The education provider was not found. It may have been removed. Nothing was saved.',
    NOT_FOUND_staffingRow:
      'The staffing table row was not found. It may have been removed. Nothing was saved.',
    INTERNAL: 'Unexpected error. Nothing was left half-saved. ({{reason}})',
  },
);
