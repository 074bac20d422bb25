import type { OpenedPlan } from '../../../shared/ipc';
import type {
  PlanData,
  Provider,
  ProviderInput,
  StaffingRow,
  StaffingRowInput,
} from '../../../shared/domain/plan-data';
import type { TestCore } from '../testing/test-core';

/** A new plan open in `t`, with helpers that save providers and staffing rows through the core. */
export async function dataPlan(t: TestCore, name = 'tiedot.opsu') {
  const plan = await t.value<OpenedPlan>('plan.create', {
    path: `${t.dir}/${name}`,
    title: 'Opiskeluhuoltosuunnitelma',
    region: 'Keski-Uusimaa',
  });
  const docId = plan.docId;
  const provider = (input: Partial<ProviderInput> & { name: string }) =>
    t.value<PlanData>('providers.save', { docId, provider: providerInput(input) });
  const staffing = (input: Partial<StaffingRowInput> & { area: string }) =>
    t.value<PlanData>('staffing.save', { docId, row: staffingInput(input) });
  return { plan, docId, provider, staffing };
}

export const providerInput = (input: Partial<ProviderInput> & { name: string }): ProviderInput => ({
  kind: 'municipality',
  levels: ['basic'],
  language: 'fi',
  planStatus: 'notStarted',
  adoptedOn: null,
  planReference: '',
  needText: '',
  needFigures: [],
  ...input,
});

export const staffingInput = (
  input: Partial<StaffingRowInput> & { area: string },
): StaffingRowInput => ({
  providerId: null,
  level: 'basic',
  pupils: null,
  fte: { kuraattori: null, psykologi: null, terveydenhoitaja: null, laakari: null },
  note: '',
  ...input,
});

/** A provider as read, as the input that saves it again. */
export function providerInputOf(provider: Provider): ProviderInput {
  const input: Partial<Provider> = { ...provider };
  delete input.position;
  return input as ProviderInput;
}

/** A staffing row as read, as the input that saves it again. */
export function staffingInputOf(row: StaffingRow): StaffingRowInput {
  const input: Partial<StaffingRow> = { ...row };
  delete input.figures;
  return input as StaffingRowInput;
}
