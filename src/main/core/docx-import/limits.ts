import { MAX_DOCX_BYTES } from '../../../shared/domain/docx-import';

/** How much of a Word file is read at most: its size, and what its zip may inflate to. */
export interface SourceLimits {
  /** Larger files are refused before a byte is read. */
  maxBytes: number;
  /** Total bytes all zip entries may inflate to (a 100-page plan is a few megabytes). */
  maxUnpackedBytes: number;
  maxEntries: number;
}

export const defaultLimits: SourceLimits = {
  maxBytes: MAX_DOCX_BYTES,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
};
