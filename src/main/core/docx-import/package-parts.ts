/**
 * What mammoth does not report: tracked changes (it accepts them silently), comments (it leaves
 * them out) and the title in the document properties. Read from the raw XML with patterns,
 * because only presence and counts matter here.
 */

/** Insertions, deletions and moves in Word's revision marks (formatting changes aside). */
const TRACKED = /<w:(?:ins|del|moveFrom|moveTo)[\s>/]/g;
const COMMENT = /<w:comment[\s>]/g;
const TITLE = /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/;

const count = (xml: string | null, pattern: RegExp) => xml?.match(pattern)?.length ?? 0;

export const trackedChanges = (documentXml: string) => count(documentXml, TRACKED);

export const commentCount = (commentsXml: string | null) => count(commentsXml, COMMENT);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** dc:title of docProps/core.xml, unescaped; '' when absent. */
export function propertiesTitle(coreXml: string | null): string {
  const raw = coreXml ? (TITLE.exec(coreXml)?.[1] ?? '') : '';
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return entities[name.toLowerCase()] ?? entity;
  });
}
