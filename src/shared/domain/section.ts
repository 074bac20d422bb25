import { z } from 'zod';

export const SectionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const SectionTitleSchema = z.string().trim().min(1).max(300);

/** The deepest outline level the plan allows (1 = chapter, 2 = subsection, 3 = sub-subsection). */
export const MAX_OUTLINE_DEPTH = 3;

/** One row of the outline, in reading order; `number` ("2.1") and `depth` follow from the order. */
export const OutlineEntrySchema = z.object({
  id: SectionIdSchema,
  parentId: SectionIdSchema.nullable(),
  title: z.string(),
  depth: z.number().int().min(1),
  number: z.string(),
  /** Key of the statutory template section this one was made from; null for sections she added. */
  templateKey: z.string().nullable(),
  words: z.number().int().min(0),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

export const OutlineSchema = z.array(OutlineEntrySchema);
export type Outline = z.infer<typeof OutlineSchema>;

export const SectionSchema = z.object({
  id: SectionIdSchema,
  title: z.string(),
  templateKey: z.string().nullable(),
  /** Serialized Lexical editor state; null for a section nobody has written in yet. */
  content: z.string().nullable(),
  plainText: z.string(),
  words: z.number().int().min(0),
  /** Increments with every save; the latest revision row of this section. */
  revision: z.number().int().min(0),
  updatedAt: z.string(),
});
export type Section = z.infer<typeof SectionSchema>;

/** Numbers an outline given in reading order (parents before children): 1, 1.1, 1.2, 2 … */
export function numberOutline<T extends { id: string; parentId: string | null }>(
  ordered: readonly T[],
): Array<T & { depth: number; number: string }> {
  const info = new Map<string, { depth: number; number: string; children: number }>();
  let topLevel = 0;
  return ordered.map((entry) => {
    const parent = entry.parentId === null ? undefined : info.get(entry.parentId);
    let depth = 1;
    let number: string;
    if (parent) {
      parent.children += 1;
      depth = parent.depth + 1;
      number = `${parent.number}.${parent.children}`;
    } else {
      topLevel += 1;
      number = String(topLevel);
    }
    info.set(entry.id, { depth, number, children: 0 });
    return { ...entry, depth, number };
  });
}
