import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../shared/domain/backups';
import { backupsToRemove, KEEP_DAYS, KEEP_NEWEST, type RetainedBackup } from './retention';

const backup = (iso: string, reason: BackupReason = 'interval'): RetainedBackup => ({
  name: `${iso}.${reason}`,
  createdAt: new Date(iso),
  reason,
});

const now = new Date('2026-03-20T12:00:00.000Z');

describe('the retention rule', () => {
  it('keeps every backup while there are at most 10', () => {
    const backups = Array.from({ length: KEEP_NEWEST }, (_, index) =>
      backup(`2025-0${1 + (index % 9)}-1${index % 10}T08:00:00.000Z`),
    );
    expect(backupsToRemove(backups, now)).toEqual([]);
  });

  it('keeps the 10 newest of one busy day and lets the rest go', () => {
    const backups = Array.from({ length: 15 }, (_, minute) =>
      backup(`2026-03-20T10:${String(minute * 2).padStart(2, '0')}:00.000Z`),
    );
    expect(backupsToRemove(backups, now)).toEqual(
      backups
        .slice(0, 5)
        .map((entry) => entry.name)
        .reverse(),
    );
  });

  it('keeps the newest of each day for 14 days, by the Helsinki calendar', () => {
    const recent = Array.from({ length: KEEP_NEWEST }, (_, index) =>
      backup(`2026-03-20T11:${String(index).padStart(2, '0')}:00.000Z`),
    );
    const older = [
      // 19 March in Helsinki (21:30 UTC is 23:30 there) and its earlier backup.
      backup('2026-03-19T21:30:00.000Z'),
      backup('2026-03-19T06:00:00.000Z'),
      // 22:30 UTC on 18 March is already 19 March in Helsinki: not the newest of its day.
      backup('2026-03-18T22:30:00.000Z'),
      backup('2026-03-18T12:00:00.000Z'),
      // Inside the 14 days, just.
      backup('2026-03-06T13:00:00.000Z'),
      // Outside them: let go even as the newest of their days.
      backup('2026-03-06T11:00:00.000Z'),
      backup('2026-02-01T12:00:00.000Z'),
    ];
    expect(KEEP_DAYS).toBe(14);
    expect(backupsToRemove([...older, ...recent], now).sort()).toEqual(
      [
        '2026-03-19T06:00:00.000Z.interval',
        '2026-03-18T22:30:00.000Z.interval',
        '2026-03-06T11:00:00.000Z.interval',
        '2026-02-01T12:00:00.000Z.interval',
      ].sort(),
    );
  });

  it('keeps the backups made before a migration for 14 days', () => {
    const recent = Array.from({ length: KEEP_NEWEST }, (_, index) =>
      backup(`2026-03-20T11:${String(index).padStart(2, '0')}:00.000Z`),
    );
    const migration = backup('2026-03-20T09:00:00.000Z', 'migration');
    const oldMigration = backup('2026-02-20T09:00:00.000Z', 'migration');
    expect(backupsToRemove([migration, oldMigration, ...recent], now)).toEqual([oldMigration.name]);
  });
});
