import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { LanguageSchema, type Language } from '../../../shared/domain/settings';
import type { WindowState } from '../core';

/** How many recently opened plans are remembered. */
export const MAX_RECENT = 10;

export interface StoredRecent {
  path: string;
  title: string;
  region: string;
  openedAt: string;
}

export interface Settings {
  prefs: { name: string; organisation: string; language: Language };
  recent: StoredRecent[];
  window: WindowState | null;
}

const StoredRecentSchema = z.object({
  path: z.string().min(1).max(4096),
  title: z.string().max(300),
  region: z.string().max(200),
  openedAt: z.string().max(64),
});

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(100).max(100_000);

export const WindowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: extent,
  height: extent,
  maximized: z.boolean(),
});

/**
 * settings.json as read: every part is checked on its own and falls back to its default, so one
 * damaged value (or a file from another version) never costs the rest, and never crashes the app.
 */
const SettingsFileSchema = (defaultLanguage: Language) =>
  z.object({
    prefs: z
      .object({
        name: z.string().trim().max(120).catch(''),
        organisation: z.string().trim().max(200).catch(''),
        language: LanguageSchema.catch(defaultLanguage),
      })
      .catch({ name: '', organisation: '', language: defaultLanguage }),
    recent: z
      .array(z.unknown())
      .catch([])
      .transform((entries) =>
        entries
          .map((entry) => StoredRecentSchema.safeParse(entry))
          .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
          .slice(0, MAX_RECENT),
      ),
    window: WindowStateSchema.nullable().catch(null),
  });

/** The user's settings file (settingsDir/settings.json), read afresh and written atomically. */
export class SettingsStore {
  readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly defaultLanguage: Language,
  ) {
    this.file = join(dir, 'settings.json');
  }

  read(): Settings {
    let raw: unknown = {};
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      // Missing or unreadable: the defaults below.
    }
    const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
    return SettingsFileSchema(this.defaultLanguage).parse(object);
  }

  write(settings: Settings): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic.sync(this.file, `${JSON.stringify(settings, null, 2)}\n`);
  }

  update(change: (settings: Settings) => Settings): Settings {
    const next = change(this.read());
    this.write(next);
    return next;
  }
}
