import { MAX_DOCX_BYTES } from '../../../shared/domain/docx-import';

/** How much of a Word file is read at most: its size, and what its zip may inflate to. */
export interface SourceLimits {
  /** Larger files are refused before a byte is read. */
  maxBytes: number;
  /** Total bytes all zip entries may inflate to (a 100-page plan is a few megabytes). */
  maxUnpackedBytes: number;
  maxEntries: number;
  /**
   * What one XML part (`.xml`, `.rels`) may inflate to: the readers parse a part whole, at many
   * times its size in memory, so a small file whose one part inflates to hundreds of megabytes
   * of markup would otherwise cost a gigabyte and minutes. A 300-page plan's document.xml is
   * about 10 MB.
   */
  maxXmlPartBytes: number;
}

export const defaultLimits: SourceLimits = {
  maxBytes: MAX_DOCX_BYTES,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxXmlPartBytes: 32 * 1024 * 1024,
};
