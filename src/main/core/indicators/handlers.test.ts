import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorInput } from '../../../shared/data-blocks/testing/plan-data';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { OpenedPlan } from '../../../shared/ipc';
import { makeTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const own = indicatorInput({
  name: 'Kuraattorin vastaanotolle pääsy 7 työpäivässä',
  source: 'own',
  better: 'higher',
  group: '',
  baseline: { year: 2022, value: 61 },
  target: { year: 2026, value: 90 },
});

async function plan(language: 'fi' | 'sv' = 'fi') {
  const { docId } = await t.value<OpenedPlan>('plan.create', {
    path: `${t.dir}/mittaristo-${language}.opsu`,
    title: 'Opiskeluhuoltosuunnitelma',
    region: 'Keski-Uusimaa',
    language,
  });
  const names = async () =>
    (await t.value<PlanData>('planData.get', { docId })).indicators.map((i) => i.name);
  return { docId, names };
}

describe('indicator channels', () => {
  it('adds starter entries in the plan language or the one asked, answering with the plan data', async () => {
    const { docId } = await plan('sv');
    const data = await t.value<PlanData>('indicators.addStarter', {
      docId,
      keys: ['ktk-psykologi-vaikea', 'avohilmo-laajat-tarkastukset'],
    });
    expect(data.indicators.map((i) => [i.name, i.starterKey, i.position])).toEqual([
      [
        'Upplever att det är svårt att komma till skolpsykologens mottagning',
        'ktk-psykologi-vaikea',
        0,
      ],
      [
        'Genomförda omfattande hälsoundersökningar inom skolhälsovården',
        'avohilmo-laajat-tarkastukset',
        1,
      ],
    ]);
    expect(data.staffing.ratioSet.id).toBe('ophl-2023');
    const again = await t.value<PlanData>('indicators.addStarter', {
      docId,
      keys: ['ktk-psykologi-vaikea', 'ktk-ahdistuneisuus'],
      language: 'fi',
    });
    expect(again.indicators.map((i) => i.name)).toEqual([
      'Upplever att det är svårt att komma till skolpsykologens mottagning',
      'Genomförda omfattande hälsoundersökningar inom skolhälsovården',
      'Kohtalainen tai vaikea ahdistuneisuus',
    ]);
  });

  it('saves, fills, reads and removes an indicator with the computed status', async () => {
    const { docId, names } = await plan();
    const saved = await t.value<PlanData>('indicators.save', { docId, indicator: own });
    const id = saved.indicators[0]!.id;
    expect(saved.indicators[0]).toMatchObject({ status: 'noData', values: [], latest: null });
    const filled = await t.value<PlanData>('indicators.setValues', {
      docId,
      indicatorId: id,
      values: [
        { year: 2024, value: 72.5 },
        { year: 2023, value: 58 },
      ],
    });
    expect(filled.indicators[0]).toMatchObject({
      values: [
        { year: 2023, value: 58 },
        { year: 2024, value: 72.5 },
      ],
      latest: { year: 2024, value: 72.5 },
      status: 'improving',
    });
    const renamed = await t.value<PlanData>('indicators.save', {
      docId,
      indicator: { ...own, id, target: { year: 2026, value: 70 } },
    });
    expect(renamed.indicators[0]!.status).toBe('met');
    const removed = await t.value<PlanData>('indicators.remove', { docId, indicatorId: id });
    expect(removed.indicators).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('refuses bad changes with their codes and writes nothing of them', async () => {
    const { docId, names } = await plan();
    const saved = await t.value<PlanData>('indicators.save', { docId, indicator: own });
    const id = saved.indicators[0]!.id;
    await t.value('indicators.setValues', {
      docId,
      indicatorId: id,
      values: [{ year: 2023, value: 1 }],
    });
    expect(
      await t.error('indicators.save', {
        docId,
        indicator: { ...own, name: ' kuraattorin vastaanotolle PÄÄSY 7 työpäivässä ' },
      }),
    ).toMatchObject({ code: 'DUPLICATE_NAME' });
    expect(
      await t.error('indicators.addStarter', {
        docId,
        keys: ['ktk-ahdistuneisuus', 'oma-kuraattori-7-tyopaivaa'],
      }),
    ).toMatchObject({ code: 'DUPLICATE_NAME' });
    expect(
      await t.error('indicators.addStarter', { docId, keys: ['ktk-ahdistuneisuus', 'keksitty'] }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    const twice = [
      { year: 2024, value: 2 },
      { year: 2024, value: 3 },
    ];
    expect(
      await t.error('indicators.setValues', { docId, indicatorId: id, values: twice }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    for (const [channel, input] of [
      ['indicators.remove', { docId, indicatorId: 'poistettu' }],
      ['indicators.setValues', { docId, indicatorId: 'poistettu', values: [] }],
      ['indicators.save', { docId, indicator: { ...own, id: 'poistettu' } }],
    ] as const) {
      expect(await t.error(channel, input)).toMatchObject({
        code: 'NOT_FOUND',
        details: { what: 'indicator' },
      });
    }
    expect(await names()).toEqual([own.name]);
    const data = await t.value<PlanData>('planData.get', { docId });
    expect(data.indicators[0]!.values).toEqual([{ year: 2023, value: 1 }]);
  });
});
