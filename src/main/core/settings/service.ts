import { existsSync } from 'node:fs';
import type { Prefs, PrefsPatch, RecentPlan } from '../../../shared/domain/settings';
import type { WindowState } from '../core';
import { CoreError, asCoreError, classify } from '../errors';
import { MAX_RECENT, type SettingsStore, type StoredRecent, WindowStateSchema } from './store';

/** Preferences, recently opened plans and the window's place, kept in the settings file. */
export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  prefs(): Prefs {
    return this.store.read().prefs;
  }

  updatePrefs(patch: PrefsPatch): Prefs {
    const given = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as PrefsPatch;
    return this.write((settings) => ({ ...settings, prefs: { ...settings.prefs, ...given } }))
      .prefs;
  }

  recent(): RecentPlan[] {
    return this.store.read().recent.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  /** Puts a plan first in the recent list. Best effort: the plan itself opened fine either way. */
  remember(entry: StoredRecent): void {
    try {
      this.store.update((settings) => ({
        ...settings,
        recent: [entry, ...settings.recent.filter((old) => old.path !== entry.path)].slice(
          0,
          MAX_RECENT,
        ),
      }));
    } catch {
      // An unwritable settings folder must not fail the open; the list just misses this plan.
    }
  }

  forget(path: string): RecentPlan[] {
    this.write((settings) => ({
      ...settings,
      recent: settings.recent.filter((entry) => entry.path !== path),
    }));
    return this.recent();
  }

  windowState(): WindowState | null {
    return this.store.read().window;
  }

  /** Cosmetic and called while a window closes: a failure to write is ignored. */
  setWindowState(state: WindowState): void {
    const parsed = WindowStateSchema.safeParse(state);
    if (!parsed.success) return;
    try {
      this.store.update((settings) => ({ ...settings, window: parsed.data }));
    } catch {
      // The window simply opens at its default place next time.
    }
  }

  /** Writes settings; a failure is a full disk, a read-only folder, or else an I/O error. */
  private write(change: Parameters<SettingsStore['update']>[0]) {
    try {
      return this.store.update(change);
    } catch (error) {
      const { code, details } = classify(error);
      if (code === 'DISK_FULL' || code === 'READ_ONLY') throw asCoreError(error, this.store.file);
      throw new CoreError('IO', { reason: String(details?.reason ?? code), path: this.store.file });
    }
  }
}
