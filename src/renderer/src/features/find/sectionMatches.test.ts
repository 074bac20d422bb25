import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/search/query';
import { $replaceMatches } from './replaceMatches';
import { $sectionMatches } from './sectionMatches';

function editorWith(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor;
}

function paragraph(...children: LexicalNode[]) {
  const node = $createParagraphNode();
  node.append(...children);
  $getRoot().append(node);
}

function bold(text: string) {
  return $createTextNode(text).toggleFormat('bold');
}

function matchesOf(editor: LexicalEditor, query: string) {
  return editor.read(() => $sectionMatches(parseQuery(query)));
}

function replace(editor: LexicalEditor, query: string, replacement: string, which?: number) {
  editor.update(
    () => {
      const matches = $sectionMatches(parseQuery(query));
      $replaceMatches(which === undefined ? matches : matches.slice(which, which + 1), replacement);
    },
    { discrete: true },
  );
}

/** The section's blocks as text, with the bold runs in **stars**. */
function shown(editor: LexicalEditor): string[] {
  const inline = (node: LexicalNode): string =>
    $isTextNode(node)
      ? node.hasFormat('bold')
        ? `**${node.getTextContent()}**`
        : node.getTextContent()
      : $isElementNode(node)
        ? node.getChildren().map(inline).join('')
        : '';
  return editor.read(() => $getRoot().getChildren().map(inline));
}

describe('matches in a section', () => {
  it('finds word starts across formatting runs and links, never across blocks', () => {
    const editor = editorWith(() => {
      paragraph(
        $createTextNode('Koulu'),
        bold('kuraattorin'),
        $createTextNode(' ja '),
        (() => {
          const link = $createLinkNode('https://example.fi');
          link.append($createTextNode('opiskeluhuollon'));
          return link;
        })(),
        $createTextNode(' palvelut.'),
      );
      paragraph($createTextNode('Päätös tehdään.'));
      paragraph($createTextNode('oppilas'));
      paragraph($createTextNode('ja huoltaja'));
    });
    expect(matchesOf(editor, 'koulukuraattori').map((match) => match.text)).toEqual([
      'Koulukuraattori',
    ]);
    expect(matchesOf(editor, '"ja opiskeluhuollon palvelut"').map((m) => m.text)).toEqual([
      'ja opiskeluhuollon palvelut',
    ]);
    // Diacritics matter only when typed.
    expect(matchesOf(editor, 'paatos')).toHaveLength(1);
    expect(matchesOf(editor, 'päätös')).toHaveLength(1);
    expect(matchesOf(editor, 'paatös')).toHaveLength(0);
    // The phrase would run from one paragraph into the next.
    expect(matchesOf(editor, '"oppilas ja"')).toHaveLength(0);
    expect(matchesOf(editor, '')).toEqual([]);
  });

  it('finds text in list items and after line breaks, each with its place in the section', () => {
    const editor = editorWith(() => {
      paragraph(
        $createTextNode('Kuraattori'),
        $createLineBreakNode(),
        $createTextNode('kuraattori'),
      );
      const list = $createListNode('bullet');
      const item = $createListItemNode();
      item.append($createTextNode('Kuraattorit'));
      list.append(item);
      $getRoot().append(list);
    });
    const matches = matchesOf(editor, 'kuraattori');
    expect(matches.map((match) => match.text)).toEqual(['Kuraattori', 'kuraattori', 'Kuraattori']);
    const positions = matches.map((match) => match.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(3);
  });
});

describe('replacing matches', () => {
  it('replaces every match in the case of what it replaces, keeping the first run’s format', () => {
    const editor = editorWith(() => {
      paragraph($createTextNode('Kuraattori tapaa. Koulun kuraattori ja KURAATTORI.'));
      paragraph($createTextNode('Koulu'), bold('kuraattorin'), $createTextNode(' työ.'));
    });
    replace(editor, 'kuraattori', 'psykologi');
    expect(shown(editor)).toEqual([
      'Psykologi tapaa. Koulun psykologi ja PSYKOLOGI.',
      // "Koulukuraattorin" does not start with "kuraattori": left alone.
      'Koulu**kuraattorin** työ.',
    ]);
    replace(editor, '"koulukuraattorin työ"', 'kuraattorin tehtävä');
    expect(shown(editor)[1]).toBe('Kuraattorin tehtävä.');
  });

  it('replaces one match only, the match inside a link staying a link', () => {
    const editor = editorWith(() => {
      const link = $createLinkNode('https://example.fi');
      link.append($createTextNode('opiskeluhuolto'));
      paragraph($createTextNode('Yhteisöllinen opiskeluhuolto ja '), link, $createTextNode('.'));
    });
    replace(editor, 'opiskeluhuolto', 'hyvinvointityö', 1);
    expect(shown(editor)).toEqual(['Yhteisöllinen opiskeluhuolto ja hyvinvointityö.']);
    const linked = editor.read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.getParent()?.getType() === 'link')
        .map((node) => node.getTextContent()),
    );
    expect(linked).toEqual(['hyvinvointityö']);
  });

  it('leaves the first replacement selected, and handles emoji and an empty replacement', () => {
    const editor = editorWith(() => {
      paragraph($createTextNode('🙂 Huoltaja ja huoltaja 🙂'));
    });
    replace(editor, 'huoltaja', 'vanhempi');
    expect(shown(editor)).toEqual(['🙂 Vanhempi ja vanhempi 🙂']);
    expect(editor.read(() => $getSelection()?.getTextContent())).toBe('Vanhempi');
    replace(editor, '"ja"', '');
    expect(shown(editor)).toEqual(['🙂 Vanhempi  vanhempi 🙂']);
  });
});

describe('a query of several words', () => {
  it('finds each word only when the section holds them all', () => {
    const editor = editorWith(() => {
      paragraph($createTextNode('Kuraattori ja psykologi.'));
      paragraph($createTextNode('Kuraattorin työ.'));
    });
    expect(matchesOf(editor, 'psykologi kuraattori').map((match) => match.text)).toEqual([
      'Kuraattori',
      'psykologi',
      'Kuraattori',
    ]);
    expect(matchesOf(editor, 'kuraattori lääkäri')).toEqual([]);
  });
});
