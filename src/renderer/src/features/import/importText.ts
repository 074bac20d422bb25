import type { TFunction } from 'i18next';
import type { DocxPreview } from '../../../../shared/domain/docx-import';
import { imageCount } from './importModel';

/** "3 400 sanaa": the figure grouped as the UI language writes numbers. */
export function wordsText(t: TFunction, language: string, words: number): string {
  return t('importDocx.words', {
    count: words,
    formatted: new Intl.NumberFormat(language).format(words),
  });
}

/** The toast after an import: "Tuotiin 12 lukua, 3 400 sanaa; 2 kuvaa jäi pois". */
export function importSummary(t: TFunction, language: string, preview: DocxPreview): string {
  const images = imageCount(preview);
  const counts = {
    sections: t('importDocx.sections', { count: preview.sections.length }),
    words: wordsText(t, language, preview.words),
  };
  return images === 0
    ? t('importDocx.created', counts)
    : t('importDocx.createdImagesLeft', {
        ...counts,
        images: t('importDocx.images', { count: images }),
      });
}

/** The image warning of one section: how many, and their alternative texts where they have one. */
export function lostImagesText(t: TFunction, images: ReadonlyArray<{ alt: string }>): string {
  const names = images.map((image) => image.alt.trim()).filter((alt) => alt !== '');
  return names.length === 0
    ? t('importDocx.imagesLost', { count: images.length })
    : t('importDocx.imagesLostNamed', { count: images.length, names: names.join(', ') });
}
