import type { TextQuote } from '../../../../shared/domain/rounds';
import type { SearchGroup, SearchHit } from '../../../../shared/domain/search';
import type { VersionPassage } from '../versions/versionsScreen';

/** The places of the plan view a hit can open. */
export interface HitTargets {
  /** The text view, the section's passage selected in its editor. */
  showPassage: (sectionId: string, quote: TextQuote | null) => void;
  /** The text view, the caret at the start of the section. */
  showSection: (sectionId: string) => void;
  /** The versions view reading the version, the passage shown. */
  showVersion: (versionId: string, passage: VersionPassage | null) => void;
  /** The rounds view's review at the comment. */
  showComment: (roundId: string, commentId: string) => void;
}

/** Opens where a hit is: the current text, a title, a frozen version or a comment. */
export function openHit(group: SearchGroup, hit: SearchHit, targets: HitTargets): void {
  const { source } = hit;
  switch (source.kind) {
    case 'text':
      if (group.sectionId) targets.showPassage(group.sectionId, hit.quote);
      return;
    case 'title':
      if (group.sectionId) targets.showSection(group.sectionId);
      return;
    case 'version':
      targets.showVersion(
        source.versionId,
        group.sectionId ? { sectionId: group.sectionId, quote: hit.quote } : null,
      );
      return;
    case 'comment':
      targets.showComment(source.roundId, source.commentId);
      return;
  }
}
