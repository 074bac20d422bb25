import { describe, expect, it } from 'vitest';
import { keyWords, SUGGESTION_THRESHOLD, suggestRequirements } from './suggest';

/**
 * Headings as they stand in regional plans of 2022 (and in Swedish), with the requirement each
 * one serves. The threshold sits between the weakest right match and the strongest wrong one.
 */
const serving: Array<[string, string]> = [
  ['Opiskeluhuollon palvelujen kokonaistarve', 'reg.total_need_from_provider_plans'],
  ['Opiskeluhuollon voimavarat', 'reg.resource_allocation'],
  ['3.2 Opiskeluhuollon voimavarojen kohdentaminen', 'reg.resource_allocation'],
  ['Suunnitelman toimeenpano ja seuranta', 'reg.implementation_monitoring'],
  ['Suunnitelman toteuttaminen ja seuranta', 'reg.implementation_monitoring'],
  ['Yhteistyö', 'reg.cooperation_plan'],
  ['Hyvinvointialueen ja koulutuksen järjestäjien välinen yhteistyö', 'reg.cooperation_plan'],
  ['4. Kielelliset oikeudet', 'reg.language_rights'],
  ['Kielellisten oikeuksien toteutuminen', 'reg.language_rights'],
  ['Tavoitteet ja keskeiset periaatteet', 'reg.goals_principles'],
  ['Opiskeluhuoltopalvelujen alueellisen toteuttamisen tavoitteet', 'reg.goals_principles'],
  ['Mål och centrala principer', 'reg.goals_principles'],
  ['Språkliga rättigheter', 'reg.language_rights'],
  ['Samarbete', 'reg.cooperation_plan'],
];
const serveNothing = [
  'Johdanto',
  'Liitteet',
  'Lähteet',
  'Alueellinen opiskeluhuoltosuunnitelma 2022–2025',
  'Tiivistelmä',
  'Hyvinvointialueen esittely',
  'Opiskeluhuollon kehittäminen',
  'Opiskeluhuollon palvelut',
];

describe('requirement suggestions by title', () => {
  it('suggests the served requirement at or above the threshold', () => {
    for (const [title, id] of serving) {
      const chosen = suggestRequirements(title).filter((s) => s.score >= SUGGESTION_THRESHOLD);
      expect(
        chosen.map((s) => s.requirementId),
        title,
      ).toContain(id);
    }
  });

  it('selects nothing for headings that serve no requirement', () => {
    for (const title of serveNothing) {
      const best = suggestRequirements(title)[0]?.score ?? 0;
      expect(best, title).toBeLessThan(SUGGESTION_THRESHOLD);
    }
  });

  it('never suggests the Helsinki variant to a new plan', () => {
    expect(
      suggestRequirements('Helsingin lasten ja nuorten hyvinvointisuunnitelma').map(
        (s) => s.requirementId,
      ),
    ).not.toContain('reg.helsinki_variant');
  });

  it('ignores outline numbers, case and the words every title shares', () => {
    expect(keyWords('3.2. OPISKELUHUOLLON Voimavarat')).toEqual(['voimavarat']);
    expect(suggestRequirements('Opiskeluhuoltosuunnitelma')).toEqual([]);
    expect(suggestRequirements('')).toEqual([]);
  });
});
