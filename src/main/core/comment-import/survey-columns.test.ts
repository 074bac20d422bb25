import { describe, expect, it } from 'vitest';
import { recogniseColumns } from './survey-columns';

describe('recognising survey columns from their headers', () => {
  it('places short Finnish, Swedish and English headers in any case and without accents', () => {
    expect(recogniseColumns(['Organisaatio', 'Luku', 'Kommentti', 'Lainaus']).columns).toEqual({
      organisation: 0,
      section: 1,
      comment: 2,
      quote: 3,
    });
    expect(recogniseColumns(['KOMMENTAR', 'avsnitt', 'Remissinstans', 'Citat']).columns).toEqual({
      organisation: 2,
      section: 1,
      comment: 0,
      quote: 3,
    });
    expect(recogniseColumns(['Organization', 'Chapter', 'Feedback', 'Quote']).columns).toEqual({
      organisation: 0,
      section: 1,
      comment: 2,
      quote: 3,
    });
    expect(recogniseColumns(['vastaaja', 'KOHTA', 'palaute']).columns).toEqual({
      organisation: 0,
      section: 1,
      comment: 2,
      quote: null,
    });
    expect(recogniseColumns(['Sahkoposti', 'Lausunnonantaja', 'Synpunkter']).columns).toEqual({
      organisation: 1,
      section: null,
      comment: 2,
      quote: null,
    });
  });

  it('tells the quote ("Kohta tekstissä") from the section ("Suunnitelman kohta")', () => {
    const { columns } = recogniseColumns([
      'Kohta tekstissä',
      'Suunnitelman kohta',
      'Huomiot',
      'Taho',
    ]);
    expect(columns).toEqual({ organisation: 3, section: 1, comment: 2, quote: 0 });
  });

  it('reads Webropol-like long question texts', () => {
    const headers = [
      'Vastausaika',
      'Organisaatio, jota edustatte',
      'Mihin suunnitelman kohtaan kommenttinne liittyy? (esim. 4.1)',
      'Kommentit ja muutosehdotukset suunnitelmaan',
      'Muuta palautetta opiskeluhuollon yhteistyöstä',
    ];
    const { columns, unplaced } = recogniseColumns(headers);
    expect(columns).toEqual({ organisation: 1, section: 2, comment: 3, quote: null });
    expect(unplaced).toEqual(['Vastausaika', 'Muuta palautetta opiskeluhuollon yhteistyöstä']);
  });

  it('never takes Microsoft Forms metadata for the comment', () => {
    const headers = [
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Name of organisation',
      'Which section of the plan does your comment concern?',
      'Your comments on the draft',
    ];
    const { columns, unplaced } = recogniseColumns(headers);
    expect(columns).toEqual({ organisation: 5, section: 6, comment: 7, quote: null });
    expect(unplaced).toEqual(['ID', 'Start time', 'Completion time', 'Email', 'Name']);
    const finnish = recogniseColumns([
      'Tunnus',
      'Aloitusaika',
      'Valmistumisaika',
      'Sähköposti',
      'Nimi',
      'Kommentit',
    ]);
    expect(finnish.columns?.comment).toBe(5);
    expect(finnish.columns?.organisation).toBeNull();
  });

  it('finds no comment column where no header names one, and names every header', () => {
    const { columns, unplaced } = recogniseColumns([
      'ID',
      'Email',
      'Organisaatio',
      'Mitä mieltä olette?',
    ]);
    expect(columns).toBeNull();
    expect(unplaced).toEqual(['ID', 'Email', 'Organisaatio', 'Mitä mieltä olette?']);
  });

  it('does not take a header that merely mentions text for the quote', () => {
    const { columns, unplaced } = recogniseColumns(['Kunta', 'Kommentti', 'Vapaa teksti']);
    expect(columns).toEqual({ organisation: 0, section: null, comment: 1, quote: null });
    expect(unplaced).toEqual(['Vapaa teksti']);
  });

  it('leaves empty headers out of the unplaced list', () => {
    expect(recogniseColumns(['Kommentti', '', ' ']).unplaced).toEqual([]);
  });
});
