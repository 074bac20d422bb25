import type { Language } from '../../../shared/domain/settings';
import { exportMessages } from '../../../shared/i18n/messages/export';

/** Characters Windows (and so a shared drive) refuses in a file name; slashes read as dashes. */
const SLASHES = /[\\/]/g;
const UNSAFE = /[:*?"<>|]/g;
const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char === '\u007f';
const MAX_STEM = 150;

/** A round title as the start of a file name ("1/2026" as "1-2026"), no trailing dots or spaces. */
export function fileStem(title: string, fallback: string): string {
  const stem = Array.from(title, (char) => (isControl(char) ? ' ' : char))
    .join('')
    .replace(SLASHES, '-')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[. ]+$/, '');
  return stem === '' ? fallback : stem;
}

/** "<round title> – saate.docx" and the rest of a send-out package's names. */
export function packageFileNames(roundTitle: string, language: Language) {
  const texts = exportMessages[language];
  const stem = fileStem(roundTitle, texts.summary.round);
  const name = (what: string, extension: string) => `${stem} – ${what}.${extension}`;
  const files = texts.roundPackage.files;
  return {
    letter: name(files.letter, 'docx'),
    pdf: name(files.draft, 'pdf'),
    docx: name(files.draft, 'docx'),
    form: name(files.form, 'xlsx'),
  };
}
