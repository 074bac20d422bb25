import { describe, expect, it } from 'vitest';
import { IndicatorInputSchema } from '../domain/plan-data';
import { languages } from '../domain/settings';
import { starterIndicator, starterIndicators, starterInput } from './starter-set';

describe('the starter indicator set', () => {
  it('has unique keys and, in every language, names unique as the store compares them', () => {
    const keys = starterIndicators.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const language of languages) {
      const names = starterIndicators.map((entry) => entry.name[language].toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('makes a valid indicator in every language, covering every source', () => {
    for (const entry of starterIndicators) {
      for (const language of languages) {
        const input = starterInput(entry, language);
        expect(IndicatorInputSchema.safeParse(input).success, `${entry.key} ${language}`).toBe(
          true,
        );
      }
    }
    expect(new Set(starterIndicators.map((entry) => entry.source))).toEqual(
      new Set(['kouluterveyskysely', 'teaviisari', 'avohilmo', 'own']),
    );
  });

  it('finds an entry by key', () => {
    expect(starterIndicator('ktk-ahdistuneisuus')?.name.fi).toBe(
      'Kohtalainen tai vaikea ahdistuneisuus',
    );
    expect(starterIndicator('nothing')).toBeUndefined();
  });
});
