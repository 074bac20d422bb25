/**
 * Footnotes and endnotes: mammoth cites them as <sup><a href="#footnote-N">[k]</a></sup> and lists
 * them all at the end of the document, each with a back-link "↑". A plan has no notes, so each
 * section gets its own numbered list of the notes it cites, and the citations are renumbered.
 */

const NOTE_ID = /^(?:footnote|endnote)-\d+$/;
const isNoteRef = (link: Element) => NOTE_ID.test((link.getAttribute('href') ?? '').slice(1));

/** Takes the document's note lists out of `body`: note id → the note's content. */
export function takeNotes(body: Element): Map<string, Element> {
  const notes = new Map<string, Element>();
  for (const item of Array.from(body.querySelectorAll('li[id]'))) {
    if (!NOTE_ID.test(item.id)) continue;
    for (const back of Array.from(item.querySelectorAll('a[href]'))) {
      if ((back.getAttribute('href') ?? '').includes('-ref-')) back.remove();
    }
    notes.set(item.id, item);
    const list = item.parentElement;
    item.remove();
    if (list && list.children.length === 0) list.remove();
  }
  return notes;
}

/**
 * Replaces the citations in `container` by plain numbers and appends the cited notes as a
 * numbered list. Returns how many notes were moved.
 */
export function placeNotes(container: Element, notes: ReadonlyMap<string, Element>): number {
  const document = container.ownerDocument;
  const cited: Element[] = [];
  for (const link of Array.from(container.querySelectorAll('a[href^="#"]'))) {
    if (!isNoteRef(link)) continue;
    const note = notes.get(link.getAttribute('href')!.slice(1));
    if (note) cited.push(note);
    // A citation without its note keeps only its text; internal links never come across.
    link.replaceWith(
      document.createTextNode(note ? `[${cited.length}]` : (link.textContent ?? '')),
    );
  }
  if (cited.length === 0) return 0;
  const list = document.createElement('ol');
  for (const note of cited) {
    const item = document.createElement('li');
    item.append(...Array.from(note.childNodes).map((child) => child.cloneNode(true)));
    list.append(item);
  }
  container.append(list);
  return cited.length;
}
