import { createContext, useContext } from 'react';

export interface SectionHistory {
  /** Opens "Luvun muutoshistoria" for a section. */
  open: (sectionId: string) => void;
  /** Grows each time a section's text is replaced from outside its editor (a restore). */
  reloads: Readonly<Record<string, number>>;
}

export const SectionHistoryContext = createContext<SectionHistory | null>(null);

export function useSectionHistory(): SectionHistory {
  const value = useContext(SectionHistoryContext);
  if (!value) throw new Error('useSectionHistory outside SectionHistoryProvider');
  return value;
}
