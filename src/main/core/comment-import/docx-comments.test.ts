import {
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { compoundFile, zipBuffer } from '../docx-import/fixtures';
import { CoreError } from '../errors';
import { readDocxComments } from './docx-comments';
import { xmlParser } from './docx-xml';
import { commented, commentedDocx, rawDocx, returnedDocx, returnedSections } from './fixtures';
import type { ParsedComment } from './types';
import { heading } from '../docx-import/fixtures';

const para = (...runs: ParagraphChild[]) => new Paragraph({ children: runs });
const run = (text: string) => new TextRun(text);
const change = { author: 'Kemiönsaaren kunta', date: '2026-03-02T10:00:00Z' };
const ins = (text: string, id: number) => new InsertedTextRun({ text, id, ...change });
const del = (text: string, id: number) => new DeletedTextRun({ text, id, ...change });
const note = (id: number, author: string, text: string, parentId?: number) => ({
  id,
  author,
  date: new Date('2026-03-01T08:15:00Z'),
  children: text.split('\n').map((line) => new Paragraph(line)),
  ...(parentId === undefined ? {} : { parentId }),
});

async function refusal(bytes: Uint8Array): Promise<CoreError> {
  const error: unknown = await readDocxComments(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CoreError);
  return error as CoreError;
}

const changes = (comments: ParsedComment[]) => comments.filter((c) => c.kind === 'change');

// jsdom loads once, in seconds on a busy machine: not within the first test's time.
beforeAll(async () => {
  await xmlParser();
}, 60_000);

describe('Word comments', { timeout: 30_000 }, () => {
  it('reads each comment with its author, date, passage in context and heading', async () => {
    const docx = await commentedDocx(
      [
        heading('1 Johdanto'),
        para(run('Alueen kunnat: Åbo, '), ...commented(0, run('Vörå ja Närpes')), run('.')),
        heading('4.1 Yhteisöllinen opiskeluhuolto', 2),
        para(
          run('Opiskeluhuolto on '),
          ...commented(
            1,
            new TextRun({ text: 'ensisijaisesti', bold: true }),
            new TextRun({ text: ' yhteisöllistä', italics: true }),
          ),
          run(' toimintaa.'),
        ),
        heading('Tarkempi alaotsikko', 4),
        para(...commented(2, run('Ryhmät kokoontuvat.'))),
      ],
      [
        note(0, 'Liisa Ölander', 'Lisätkää Pargas.'),
        note(1, 'Åsa Björk', 'Ensimmäinen kappale.\nToinen kappale.'),
        note(2, 'Liisa Ölander', 'Kuinka usein?'),
      ],
    );
    const { comments, skipped } = await readDocxComments(docx);
    expect(skipped).toEqual([]);
    expect(comments).toEqual([
      {
        commentNo: 1,
        row: null,
        author: 'Liisa Ölander',
        sectionHint: '1 Johdanto',
        quote: {
          exact: 'Vörå ja Närpes',
          prefix: '1 Johdanto Alueen kunnat: Åbo, ',
          suffix: '. 4.1 Yhteisöllinen opiskeluhuol',
        },
        text: 'Lisätkää Pargas.',
        kind: 'comment',
        proposal: null,
        parentNo: null,
        date: '2026-03-01T08:15:00.000Z',
      },
      expect.objectContaining({
        commentNo: 2,
        author: 'Åsa Björk',
        sectionHint: '4.1 Yhteisöllinen opiskeluhuolto',
        text: 'Ensimmäinen kappale.\nToinen kappale.',
      }),
      // A fourth-level heading is a subdivision: the comment belongs to section 4.1.
      expect.objectContaining({ commentNo: 3, sectionHint: '4.1 Yhteisöllinen opiskeluhuolto' }),
    ]);
    // The passage runs over bold and italic runs; the context reaches into the paragraphs around it.
    expect(comments[1]!.quote).toEqual({
      exact: 'ensisijaisesti yhteisöllistä',
      prefix: 'piskeluhuolto Opiskeluhuolto on ',
      suffix: ' toimintaa. Tarkempi alaotsikko',
    });
  });

  it('keeps replies with their parent, and skips empty comments and orphaned replies', async () => {
    const docx = await commentedDocx(
      [
        heading('2 Yhteistyö'),
        para(...commented(0, run('Huoltajat osallistuvat')), run(' yhteistyöhön.')),
        para(...commented(3, run('Tyhjä kommentti tässä.'))),
      ],
      [
        note(0, 'Paraisten kaupunki', 'Miten?'),
        note(1, 'Kemiönsaaren kunta', 'Vanhempainilloissa.', 0),
        note(2, 'Paraisten kaupunki', 'Kiitos.', 1),
        note(3, 'Paraisten kaupunki', '  '),
      ],
    );
    const { comments, skipped } = await readDocxComments(docx);
    expect(comments.map((c) => [c.commentNo, c.parentNo, c.text])).toEqual([
      [1, null, 'Miten?'],
      [2, 1, 'Vanhempainilloissa.'],
      [3, 2, 'Kiitos.'],
    ]);
    // A reply without a passage of its own shares its parent's.
    expect(comments[1]).toMatchObject({
      quote: comments[0]!.quote,
      sectionHint: '2 Yhteistyö',
    });
    expect(skipped).toEqual([
      { row: null, commentNo: 4, reason: 'emptyText', excerpt: 'Tyhjä kommentti tässä.' },
    ]);
  });

  it('skips a reply whose parent is gone, and a reply to a skipped comment', async () => {
    const comment = (id: number, paraId: string, text: string) =>
      `<w:comment w:id="${id}" w:author="A"><w:p w14:paraId="${paraId}"><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>`;
    const docx = rawDocx({
      body: '<w:p><w:r><w:t>Teksti.</w:t></w:r></w:p>',
      comments:
        comment(0, '0A0B0C01', 'Vastaus poistettuun.') +
        comment(1, '0a0b0c02', '') +
        comment(2, '0A0B0C03', 'Vastaus tyhjään.') +
        comment(3, '0A0B0C04', 'Vastaus myöhempään.') +
        comment(4, '0A0B0C05', 'Kunnon kommentti.'),
      extended:
        '<w15:commentEx w15:paraId="0A0B0C01" w15:paraIdParent="7FFFFFFF"/>' +
        '<w15:commentEx w15:paraId="0A0B0C03" w15:paraIdParent="0A0B0C02"/>' +
        '<w15:commentEx w15:paraId="0A0B0C04" w15:paraIdParent="0A0B0C05"/>',
    });
    const { comments, skipped } = await readDocxComments(docx);
    expect(comments.map((c) => c.commentNo)).toEqual([5]);
    expect(skipped.map((s) => [s.commentNo, s.reason, s.excerpt])).toEqual([
      [1, 'orphanReply', 'Vastaus poistettuun.'],
      [2, 'emptyText', ''],
      [3, 'orphanReply', 'Vastaus tyhjään.'],
      [4, 'orphanReply', 'Vastaus myöhempään.'],
    ]);
  });

  it('keeps text that looks like markup as it is', async () => {
    const text = '<script>alert("x")</script> & <b>lihava</b>';
    const docx = await commentedDocx(
      [para(...commented(0, run('Kohta <i>kursiivi</i>')))],
      [note(0, 'Testaaja', text)],
    );
    const { comments } = await readDocxComments(docx);
    expect(comments[0]).toMatchObject({ text, quote: { exact: 'Kohta <i>kursiivi</i>' } });
  });

  it('quotes the text she reads: insertions in, deletions out', async () => {
    const docx = await commentedDocx(
      [
        para(
          ...commented(
            0,
            run('Palvelut '),
            del('kunnittain ', 1),
            ins('alueellisesti ', 2),
            run('järjestetään'),
          ),
        ),
      ],
      [note(0, 'Testaaja', 'Hyvä.')],
    );
    const { comments } = await readDocxComments(docx);
    expect(comments[0]!.quote!.exact).toBe('Palvelut alueellisesti järjestetään');
  });

  it('reads text in links, fields and content controls, not field codes or fallbacks', async () => {
    const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const docx = rawDocx({
      body:
        '<w:p><w:commentRangeStart w:id="7"/>' +
        `<w:hyperlink r:id="rId1" xmlns:r="urn:r">${r('Finlex')}</w:hyperlink>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(' 3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:sdt><w:sdtContent>${r(' valinta')}</w:sdtContent></w:sdt>` +
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice>' +
        '<mc:Fallback><w:pict><w:t>varakuva</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
        `<w:r><w:tab/></w:r><w:smartTag>${r('loppu')}</w:smartTag>` +
        '<w:commentRangeEnd w:id="7"/></w:p>',
      comments: '<w:comment w:id="7" w:author="A"><w:p><w:r><w:t>Ok</w:t></w:r></w:p></w:comment>',
    });
    const { comments } = await readDocxComments(docx);
    expect(comments[0]!.quote!.exact).toBe('Finlex 3 valinta loppu');
  });

  it('does not expand entities within entities (no billion laughs)', async () => {
    const docx = zipBuffer([
      {
        name: 'word/document.xml',
        data: Buffer.from(
          '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;">]>' +
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
            '<w:body><w:p><w:commentRangeStart w:id="1"/><w:r><w:t>&b;</w:t></w:r>' +
            '<w:commentRangeEnd w:id="1"/></w:p></w:body></w:document>',
        ),
      },
      {
        name: 'word/comments.xml',
        data: Buffer.from(
          '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
            '<w:comment w:id="1"><w:p><w:r><w:t>Ok</w:t></w:r></w:p></w:comment></w:comments>',
        ),
      },
    ]);
    const { comments } = await readDocxComments(docx);
    expect(comments[0]!.quote!.exact).toBe('&a;&a;');
  });

  it('reads a comment without a marked passage as one on its section', async () => {
    const docx = await commentedDocx(
      [heading('3 Seuranta'), para(run('Teksti.'))],
      [note(0, 'Testaaja', 'Yleinen huomio.')],
    );
    const { comments } = await readDocxComments(docx);
    expect(comments[0]).toMatchObject({ quote: null, sectionHint: null, text: 'Yleinen huomio.' });
  });
});

describe('tracked changes', { timeout: 30_000 }, () => {
  it('reads a deletion followed by an insertion as one replacement', async () => {
    const docx = await commentedDocx(
      [
        heading('2.1 Yksilökohtainen opiskeluhuolto', 2),
        para(
          run('Palvelut järjestetään '),
          del('kunnittain', 1),
          ins('alueellisesti', 2),
          run('.'),
        ),
      ],
      [],
    );
    const { comments, skipped } = await readDocxComments(docx);
    expect(skipped).toEqual([]);
    expect(comments).toEqual([
      {
        commentNo: null,
        row: null,
        author: 'Kemiönsaaren kunta',
        sectionHint: '2.1 Yksilökohtainen opiskeluhuolto',
        quote: {
          exact: 'kunnittain',
          prefix: 'eluhuolto Palvelut järjestetään ',
          suffix: '.',
        },
        text: '',
        kind: 'change',
        proposal: 'alueellisesti',
        parentNo: null,
        date: '2026-03-02T10:00:00Z',
      },
    ]);
  });

  it('quotes the word before a pure insertion, or after it at the start of a paragraph', async () => {
    const docx = await commentedDocx(
      [
        para(run('Huoltajat osallistuvat '), ins('aktiivisesti ', 1), run('yhteistyöhön.')),
        para(ins('Kaikki ', 2), run('oppilaitokset laativat suunnitelman.')),
        para(run('Opiskelija'), ins('t', 3), run(' kuullaan.')),
      ],
      [],
    );
    const found = changes((await readDocxComments(docx)).comments);
    expect(found.map((c) => [c.quote!.exact, c.proposal])).toEqual([
      ['osallistuvat', 'osallistuvat aktiivisesti'],
      ['oppilaitokset', 'Kaikki oppilaitokset'],
      ['Opiskelija', 'Opiskelijat'],
    ]);
  });

  it('reads a pure deletion as a proposal that leaves single spaces', async () => {
    const docx = await commentedDocx(
      [
        para(run('Tuki on maksutonta '), del('ja vapaaehtoista ', 1), run('kaikille.')),
        para(run('Tuki on '), del('erittäin', 2), run(' hyvää.')),
        para(run('Tuki '), del('on tarjolla', 3), run('.')),
      ],
      [],
    );
    const found = changes((await readDocxComments(docx)).comments);
    expect(found.map((c) => [c.quote!.exact, c.proposal])).toEqual([
      ['maksutonta ja vapaaehtoista', 'maksutonta'],
      ['on erittäin', 'on'],
      ['on tarjolla', ''],
      // Word shows the space before the full stop too: the proposal is what she wrote.
    ]);
  });

  it('reads a paragraph deleted or added whole', async () => {
    const docx = await commentedDocx(
      [
        para(run('Ensimmäinen pysyy.')),
        para(del('Koko kappale poistetaan.', 1)),
        para(ins('Uusi kappale.', 2)),
        para(run('Viimeinen pysyy.')),
      ],
      [],
    );
    const found = changes((await readDocxComments(docx)).comments);
    expect(found.map((c) => [c.quote!.exact, c.proposal])).toEqual([
      ['Koko kappale poistetaan.', ''],
      // Anchored to the paragraph's neighbours, as sent out.
      ['poistetaan. Viimeinen', 'poistetaan.\nUusi kappale.\nViimeinen'],
    ]);
  });

  it('anchors a change in a table cell under the heading before the table', async () => {
    const cell = (...runs: ParagraphChild[]) => new TableCell({ children: [para(...runs)] });
    const docx = await commentedDocx(
      [
        heading('5 Vastuut'),
        new Table({
          rows: [
            new TableRow({ children: [cell(run('Tehtävä')), cell(run('Vastuu'))] }),
            new TableRow({
              children: [
                cell(run('Kuraattoripalvelut')),
                cell(run('Vastaa: '), del('rehtori', 1), ins('opinto-ohjaaja', 2)),
              ],
            }),
          ],
        }),
      ],
      [],
    );
    const [found] = changes((await readDocxComments(docx)).comments);
    expect(found).toMatchObject({
      sectionHint: '5 Vastuut',
      quote: { exact: 'rehtori', prefix: 'stuu Kuraattoripalvelut Vastaa: ', suffix: '' },
      proposal: 'opinto-ohjaaja',
    });
  });

  it('keeps changes of different authors apart, and a word deleted and retyped is none', async () => {
    const docx = await commentedDocx(
      [
        para(
          run('Yksi '),
          del('kaksi', 1),
          new InsertedTextRun({ text: 'kolme', id: 2, author: 'Toinen', date: change.date }),
          run(' neljä '),
          del('viisi', 3),
          ins('viisi', 4),
          run('.'),
        ),
      ],
      [],
    );
    const found = changes((await readDocxComments(docx)).comments);
    expect(found.map((c) => [c.author, c.quote!.exact, c.proposal])).toEqual([
      ['Kemiönsaaren kunta', 'Yksi kaksi', 'Yksi'],
      // Inserted right after the deleted word, with no space: the word as sent out, plus it.
      ['Toinen', 'kaksi', 'kaksikolme'],
    ]);
  });

  it('lists moved text as left out and ignores formatting changes', async () => {
    const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const docx = rawDocx({
      body:
        `<w:p><w:pPr><w:pStyle w:val="Otsikko1"/></w:pPr>${r('3 Tiedonkulku')}</w:p>` +
        `<w:p><w:moveFrom w:id="1" w:author="A">${r('Siirretty lause.')}</w:moveFrom>${r('Pysyvä.')}</w:p>` +
        `<w:p>${r('Alku. ')}<w:moveTo w:id="2" w:author="A">${r('Siirretty lause.')}</w:moveTo></w:p>` +
        `<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>Lihavoitu.</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pPrChange w:id="4" w:author="A"><w:pPr/></w:pPrChange></w:pPr>${r('Sisennetty.')}</w:p>` +
        `<w:p><w:ins w:id="5" w:author="A"><w:r><w:drawing/></w:r></w:ins>${r('Kuva.')}</w:p>`,
      styles:
        '<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/></w:style>',
    });
    const { comments, skipped } = await readDocxComments(docx);
    expect(comments).toEqual([]);
    expect(skipped).toEqual([
      { row: null, commentNo: null, reason: 'unsupportedChange', excerpt: 'Siirretty lause.' },
    ]);
  });

  it('recognises headings by localised style, outline level and base style', async () => {
    const p = (props: string, text: string, change = '') =>
      `<w:p><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r>${change}</w:p>`;
    const edit = (n: number) =>
      `<w:ins w:id="${n}" w:author="A"><w:r><w:t xml:space="preserve"> lisäys</w:t></w:r></w:ins>`;
    const docx = rawDocx({
      body:
        p(
          // Automatic numbering is no part of the text.
          '<w:pStyle w:val="Rubrik2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
          '1 Ruotsiksi',
        ) +
        p('', 'Teksti', edit(1)) +
        p('<w:outlineLvl w:val="0"/>', '2 Jäsennystaso') +
        p('', 'Teksti', edit(2)) +
        p('<w:pStyle w:val="Oma"/>', '3 Oma tyyli') +
        p('', 'Teksti', edit(3)) +
        p('<w:pStyle w:val="Heading4"/>', 'Ei osio') +
        p('<w:outlineLvl w:val="9"/>', 'Leipäteksti', edit(4)),
      styles:
        '<w:style w:type="paragraph" w:styleId="Oma"><w:name w:val="Oma"/><w:basedOn w:val="Otsikko1"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="Otsikko 1"/>' +
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
    });
    const found = changes((await readDocxComments(docx)).comments);
    expect(found.map((c) => c.sectionHint)).toEqual([
      '1 Ruotsiksi',
      '2 Jäsennystaso',
      '3 Oma tyyli',
      '3 Oma tyyli',
    ]);
  });
});

describe('returned draft fixture', { timeout: 30_000 }, () => {
  it('has comments by two authors, a reply and a replacement under the headings given', async () => {
    const { comments, skipped } = await readDocxComments(await returnedDocx());
    expect(skipped).toEqual([]);
    expect(
      comments.map((c) => [
        c.commentNo,
        c.author,
        c.kind,
        c.parentNo,
        c.sectionHint,
        c.quote?.exact,
      ]),
    ).toEqual([
      [1, 'Paraisten kaupunki', 'comment', null, '1 Johdanto', 'Suunnitelma kuvaa alueen'],
      [
        2,
        'Kemiönsaaren kunta',
        'comment',
        null,
        '2 Yhteisöllinen opiskeluhuolto',
        'Yhteisöllinen opiskeluhuolto on',
      ],
      [
        3,
        'Paraisten kaupunki',
        'comment',
        2,
        '2 Yhteisöllinen opiskeluhuolto',
        'Yhteisöllinen opiskeluhuolto on',
      ],
      [null, 'Kemiönsaaren kunta', 'change', null, '2.1 Yhteistyö kotien kanssa', 'aikana'],
    ]);
    expect(comments[3]!.proposal).toBe('lukukausittain');
  });

  it('follows the texts and names given', async () => {
    const docx = await returnedDocx({
      sections: [
        { heading: '1 Alku', level: 1, paragraphs: ['Ensimmäinen osio on tässä nyt.'] },
        { heading: '1.1 Loppu', level: 2, paragraphs: ['Toinen osio päättyy pian.'] },
      ],
      authors: ['A', 'B'],
      replacement: 'myöhemmin',
    });
    const { comments } = await readDocxComments(docx);
    expect(comments.map((c) => [c.author, c.sectionHint, c.quote?.exact, c.proposal])).toEqual([
      ['A', '1 Alku', 'Ensimmäinen osio on', null],
      ['B', '1.1 Loppu', 'Toinen osio päättyy', null],
      ['A', '1.1 Loppu', 'Toinen osio päättyy', null],
      ['B', '1.1 Loppu', 'pian', 'myöhemmin'],
    ]);
  });

  it('uses the default sections', () => {
    expect(returnedSections.map((s) => s.heading)).toContain('2 Yhteisöllinen opiskeluhuolto');
  });
});

describe('files that are not readable Word documents', { timeout: 30_000 }, () => {
  it('refuses a truncated file as damaged', async () => {
    const docx = await returnedDocx();
    expect((await refusal(docx.subarray(0, Math.floor(docx.length / 2)))).code).toBe(
      'DAMAGED_FILE',
    );
  });

  it('refuses random bytes, a workbook renamed, a .doc and an encrypted file', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect((await refusal(random)).code).toBe('WRONG_FORMAT');
    const xlsx = zipBuffer([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    expect(await refusal(xlsx)).toMatchObject({ code: 'WRONG_FORMAT', details: { found: 'xlsx' } });
    expect(await refusal(compoundFile(['WordDocument']))).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'doc' },
    });
    expect((await refusal(compoundFile(['EncryptedPackage']))).code).toBe('ENCRYPTED');
  });

  it('refuses a zip that would inflate beyond the limit before inflating it', async () => {
    const bomb = zipBuffer([
      { name: 'word/document.xml', data: Buffer.alloc(1000), declaredSize: 300 * 1024 * 1024 },
    ]);
    expect(await refusal(bomb)).toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'unpacked' },
    });
  });

  it('refuses a document part that is not XML as damaged', async () => {
    expect((await refusal(rawDocx({ body: '<w:p><w:r><w:t>auki' }))).code).toBe('DAMAGED_FILE');
  });
});

describe('a large round', { timeout: 30_000 }, () => {
  it('reads 300 comments in order', async () => {
    const children: FileChild[] = [];
    for (let section = 1; section <= 30; section++) {
      children.push(heading(`${section} Luku ${section}`));
      for (let i = 0; i < 10; i++) {
        const id = (section - 1) * 10 + i;
        children.push(
          para(run(`Kappale ${id} alkaa. `), ...commented(id, run(`Kohta ${id}`)), run(' jatkuu.')),
        );
      }
    }
    const notes = Array.from({ length: 300 }, (_, id) => note(id, `Vastaaja ${id % 7}`, `K${id}`));
    const { comments, skipped } = await readDocxComments(await commentedDocx(children, notes));
    expect(skipped).toEqual([]);
    expect(comments).toHaveLength(300);
    expect(comments[299]).toMatchObject({
      commentNo: 300,
      text: 'K299',
      sectionHint: '30 Luku 30',
      quote: { exact: 'Kohta 299', prefix: '298 jatkuu. Kappale 299 alkaa. ', suffix: ' jatkuu.' },
    });
  }, 60_000);
});
