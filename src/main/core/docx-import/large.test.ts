import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, type FileChild } from 'docx';
import { expect, it } from 'vitest';
import { docxBuffer, para, writeFixture } from './fixtures';
import { readDocx } from './read-docx';

/** About a hundred pages: 40 chapters of 2–3 pages with subsections, lists and a table each. */
function hundredPages(): FileChild[] {
  const sentence =
    'Opiskeluhuollon palvelut järjestetään lähellä oppilaita ja opiskelijoita yhteistyössä koulutuksen järjestäjien kanssa, ja niiden saatavuutta seurataan säännöllisesti. ';
  const children: FileChild[] = [];
  for (let chapter = 1; chapter <= 40; chapter++) {
    children.push(
      new Paragraph({ text: `${chapter} Luku ${chapter}`, heading: HeadingLevel.HEADING_1 }),
    );
    for (let sub = 1; sub <= 3; sub++) {
      children.push(
        new Paragraph({ text: `${chapter}.${sub} Alaluku`, heading: HeadingLevel.HEADING_2 }),
      );
      for (let p = 0; p < 5; p++) children.push(para(sentence.repeat(3)));
      for (let item = 0; item < 4; item++) {
        children.push(new Paragraph({ text: `Kohta ${item + 1}`, bullet: { level: item % 2 } }));
      }
    }
    children.push(
      new Table({
        rows: Array.from(
          { length: 6 },
          (_, row) =>
            new TableRow({
              children: Array.from(
                { length: 4 },
                (_, col) => new TableCell({ children: [para(`Solu ${row}.${col}`)] }),
              ),
            }),
        ),
      }),
    );
  }
  return children;
}

// Scale, not speed: timing belongs to `npm run bench`, never to a test.
it('previews a plan of about a hundred pages whole', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'suunta-docx-large-'));
  try {
    const path = writeFixture(join(dir, 'iso.docx'), await docxBuffer(hundredPages()));
    const { preview } = await readDocx(path);
    expect(preview.sections).toHaveLength(160);
    const subsections = preview.sections.filter((section) => section.depth === 2);
    expect(subsections).toHaveLength(120);
    expect(subsections.every((section) => section.words > 0 && section.lists === 1)).toBe(true);
    expect(preview.words).toBeGreaterThan(30_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
