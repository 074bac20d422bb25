import { z } from 'zod';

export const languages = ['fi', 'sv', 'en'] as const;
export const LanguageSchema = z.enum(languages);
export type Language = z.infer<typeof LanguageSchema>;

/** The user's preferences; `name` is what later features record as "who" did something. */
export const PrefsSchema = z.object({
  name: z.string().trim().max(120),
  organisation: z.string().trim().max(200),
  language: LanguageSchema,
});
export type Prefs = z.infer<typeof PrefsSchema>;

export const PrefsPatchSchema = PrefsSchema.partial();
export type PrefsPatch = z.infer<typeof PrefsPatchSchema>;

export const RecentPlanSchema = z.object({
  path: z.string(),
  title: z.string(),
  region: z.string(),
  openedAt: z.string(),
  /** Whether the file is still where it was; checked when the list is read. */
  exists: z.boolean(),
});
export type RecentPlan = z.infer<typeof RecentPlanSchema>;
