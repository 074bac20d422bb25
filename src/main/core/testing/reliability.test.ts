import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatReliability,
  mergeReliability,
  RELIABILITY_DIR_ENV,
  recordReliability,
} from './reliability';

describe('reliability figures', () => {
  const runDir = process.env[RELIABILITY_DIR_ENV];
  const dir = mkdtempSync(join(tmpdir(), 'suunta-reliability-test-'));
  afterEach(() => {
    process.env[RELIABILITY_DIR_ENV] = runDir;
  });

  it('is given a folder by the global setup', () => {
    expect(runDir).toBeTruthy();
  });

  it('adds up records of one area, keeps the largest max* figure, and prints a headline', () => {
    process.env[RELIABILITY_DIR_ENV] = dir;
    recordReliability('kill', { kills: 30, survived: 30, maxMs: 12 });
    recordReliability('kill', { kills: 20, survived: 20, maxMs: 40 });
    recordReliability('fuzz', { calls: 1000, bytesChanged: 0 });
    recordReliability('hostile-docx', { badInputs: 25, bytesChanged: 0 });
    const areas = mergeReliability(dir);
    expect(areas).toEqual({
      fuzz: { calls: 1000, bytesChanged: 0 },
      'hostile-docx': { badInputs: 25, bytesChanged: 0 },
      kill: { kills: 50, survived: 50, maxMs: 40 },
    });
    expect(formatReliability(areas, 'short').split('\n')[0]).toBe(
      'Luotettavuus (short): kills survived 50, fuzz cases 1000, bad inputs 25, bytes changed: 0',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('does nothing outside a vitest run and refuses figures that are not numbers', () => {
    delete process.env[RELIABILITY_DIR_ENV];
    expect(() => recordReliability('kill', { kills: 1 })).not.toThrow();
    process.env[RELIABILITY_DIR_ENV] = dir;
    expect(() => recordReliability('kill', { kills: Number.NaN })).toThrow(/not a number/);
  });
});
