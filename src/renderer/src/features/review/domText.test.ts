// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../../../shared/anchoring';
import { domText, locateInDom, rangeOf } from './domText';

function editorRoot(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('the text of an editor DOM', () => {
  const root = editorRoot(
    '<p><span>Opiskeluhuolto koskee </span><strong>kaikkia</strong><span> oppilaita.</span></p>' +
      '<ul><li><span>Kuraattori</span></li><li><span>Psykologi</span></li></ul>' +
      '<p><span>Kaikkia</span><br><span>koskee.</span></p>',
  );

  it('puts blocks and line breaks on lines of their own, as the core plain text does', () => {
    expect(domText(root).text).toBe(
      'Opiskeluhuolto koskee kaikkia oppilaita.\nKuraattori\nPsykologi\nKaikkia\nkoskee.',
    );
  });

  it('maps a quote across formatting back to a DOM range', () => {
    const source = domText(root);
    const range = locateInDom(source, {
      exact: 'koskee kaikkia oppilaita',
      prefix: '',
      suffix: '',
    });
    expect(range?.toString()).toBe('koskee kaikkia oppilaita');
    expect(range?.startContainer.textContent).toBe('Opiskeluhuolto koskee ');
    expect(range?.endContainer.textContent).toBe(' oppilaita.');
  });

  it('finds a passage over a block boundary by its quote, whitespace normalised', () => {
    const source = domText(root);
    const start = source.text.indexOf('Kuraattori');
    const quote = quoteAt(source.text, start, start + 'Kuraattori\nPsykologi'.length)!;
    expect(quote.exact).toBe('Kuraattori Psykologi');
    expect(locateInDom(source, quote)?.toString()).toBe('KuraattoriPsykologi');
  });

  it('tells a removed passage from a found one', () => {
    const source = domText(root);
    expect(locateInDom(source, { exact: 'terveydenhoitaja', prefix: '', suffix: '' })).toBeNull();
    expect(rangeOf(source, 0, 5)?.toString()).toBe('Opisk');
  });
});
