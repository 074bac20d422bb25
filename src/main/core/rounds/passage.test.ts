import { describe, expect, it } from 'vitest';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import { CoreError } from '../errors';
import { replacePassage } from './passage';

const text = (value: string, format = 0): LexicalNodeJson => ({
  type: 'text',
  version: 1,
  text: value,
  format,
});
const element = (type: string, children: LexicalNodeJson[]): LexicalNodeJson => ({
  type,
  version: 1,
  children,
});

const reasonOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof CoreError ? error.details?.reason : 'not a CoreError';
  }
  return 'nothing thrown';
};

describe('replacePassage', () => {
  it("edits inside a list item across a link, in the first run's format, leaving the nested list alone", () => {
    const nested = element('list', [element('listitem', [text('Alakohta')])]);
    const item = element('listitem', [
      text('Katso '),
      element('link', [text('Finlex', 1)]),
      text(' ja muut.'),
      nested,
    ]);
    const root = element('root', [element('list', [item])]);
    replacePassage(root, { exact: 'Finlex ja muut', prefix: '', suffix: '' }, 'lait');
    expect(item.children).toEqual([
      text('Katso '),
      element('link', [text('lait', 1)]),
      text('.'),
      nested,
    ]);
  });

  it('edits a table cell, and refuses a passage running into the next cell', () => {
    const cell = (value: string) => element('tablecell', [element('paragraph', [text(value)])]);
    const root = element('root', [
      element('table', [element('tablerow', [cell('Kuraattori'), cell('Psykologi')])]),
    ]);
    expect(
      reasonOf(() =>
        replacePassage(root, { exact: 'Kuraattori Psykologi', prefix: '', suffix: '' }, 'x'),
      ),
    ).toBe('spansParagraphs');
    replacePassage(root, { exact: 'Psykologi', prefix: '', suffix: '' }, 'Psykologit');
    expect(JSON.stringify(root)).toContain('"text":"Psykologit"');
  });

  it('finds passages across line breaks as the plain text shows them', () => {
    const paragraph = element('paragraph', [
      text('Ensin'),
      { type: 'linebreak', version: 1 },
      text('sitten'),
    ]);
    replacePassage(
      element('root', [paragraph]),
      { exact: 'Ensin sitten', prefix: '', suffix: '' },
      'Lopuksi',
    );
    expect(paragraph.children).toEqual([text('Lopuksi')]);
  });
});
