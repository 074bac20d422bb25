import { describe, expect, it } from 'vitest';
import { DATA_BLOCK_TYPE } from '../../../shared/domain/plan-data';
import { deletionSpan, editBlock, readBlock, textBlocks } from './lexical-blocks';
import { element, text } from './lexical-json.testing';

describe('text blocks', () => {
  it('reads blocks in reading order, nested ones after their parent, data blocks left out', () => {
    const root = element(
      'root',
      element('heading', text('Otsikko')),
      element(
        'list',
        element(
          'listitem',
          text('Katso '),
          element('link', text('Finlex', 1)),
          { type: 'linebreak', version: 1 },
          { type: 'tab', version: 1 },
          text('ja'),
          element('list', element('listitem', text('Alakohta'))),
        ),
      ),
      { type: DATA_BLOCK_TYPE, version: 1, block: { kind: 'providers' }, text: 'ei tekstiä' },
      element(
        'table',
        element('tablerow', element('tablecell', element('paragraph', text('Solu')))),
      ),
    );
    expect(textBlocks(root).map((block) => [block.node.type, block.text])).toEqual([
      ['heading', 'Otsikko'],
      ['listitem', 'Katso Finlex\n\tja'],
      ['listitem', 'Alakohta'],
      ['tablecell', ''],
      ['paragraph', 'Solu'],
    ]);
  });

  it('edits into the first run of a span, removing emptied nodes and links, offsets before kept', () => {
    const link = element('link', text('Finlex', 1));
    const paragraph = element('paragraph', text('Lue '), link, text(' nyt ja '), text('heti', 2));
    const block = textBlocks(element('root', paragraph))[0]!;
    expect(block.text).toBe('Lue Finlex nyt ja heti');
    // From the end: the second edit still uses the offsets read before the first.
    editBlock(block, { from: 18, to: 22, text: 'pian' });
    editBlock(block, { from: 4, to: 18, text: 'tämä ' });
    expect(paragraph.children).toEqual([
      text('Lue '),
      element('link', text('tämä ', 1)),
      text('pian', 2),
    ]);
    const again = readBlock(paragraph);
    expect(again.text).toBe('Lue tämä pian');
    editBlock(again, { from: 0, to: 9, text: 'Katso ' });
    expect(paragraph.children).toEqual([text('Katso '), text('pian', 2)]);
  });

  it('lets a deleted span take one space along', () => {
    expect(deletionSpan('ja tuki ja', { from: 3, to: 7 })).toEqual({ from: 3, to: 8 });
    expect(deletionSpan('tuki ja', { from: 0, to: 4 })).toEqual({ from: 0, to: 5 });
    expect(deletionSpan('apu ja tuki.', { from: 7, to: 11 })).toEqual({ from: 6, to: 11 });
    expect(deletionSpan('apu,tuki', { from: 4, to: 8 })).toEqual({ from: 4, to: 8 });
  });
});
