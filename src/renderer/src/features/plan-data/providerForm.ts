import { formatFinnishDate, parseFinnishDate } from '../../../../shared/dates';
import type {
  EducationLevel,
  NeedFigure,
  Provider,
  ProviderInput,
} from '../../../../shared/domain/plan-data';
import { inputText, parseDecimal } from '../../ui/figures';

export interface FigureForm {
  label: string;
  value: string;
  unit: string;
}

/** A provider as the dialog edits it: figures and the date as typed. */
export interface ProviderForm {
  name: string;
  kind: ProviderInput['kind'];
  levels: EducationLevel[];
  language: ProviderInput['language'];
  planStatus: ProviderInput['planStatus'];
  adoptedOn: string;
  planReference: string;
  needText: string;
  figures: FigureForm[];
}

export const emptyFigure: FigureForm = { label: '', value: '', unit: '' };

export function providerForm(provider: Provider | null, language: string): ProviderForm {
  if (!provider) {
    return {
      name: '',
      kind: 'municipality',
      levels: [],
      language: 'fi',
      planStatus: 'notStarted',
      adoptedOn: '',
      planReference: '',
      needText: '',
      figures: [],
    };
  }
  return {
    name: provider.name,
    kind: provider.kind,
    levels: provider.levels,
    language: provider.language,
    planStatus: provider.planStatus,
    adoptedOn: provider.adoptedOn ? formatFinnishDate(provider.adoptedOn) : '',
    planReference: provider.planReference,
    needText: provider.needText,
    figures: provider.needFigures.map((figure) => ({
      label: figure.label,
      value: inputText(figure.value, language),
      unit: figure.unit,
    })),
  };
}

export type ProviderFormProblem = 'name' | 'levels' | 'date' | { figure: number };

/**
 * The input the core takes, or what is wrong. A row of figures left wholly empty is dropped; the
 * date counts only for an adopted plan. Levels keep the catalogue's order.
 */
export function providerInput(
  form: ProviderForm,
  id: string | undefined,
  levelOrder: readonly EducationLevel[],
): { input: ProviderInput } | { problems: ProviderFormProblem[] } {
  const problems: ProviderFormProblem[] = [];
  if (form.name.trim() === '') problems.push('name');
  if (form.levels.length === 0) problems.push('levels');
  const adopted = form.planStatus === 'adopted';
  const adoptedOn =
    adopted && form.adoptedOn.trim() !== '' ? parseFinnishDate(form.adoptedOn) : null;
  if (adopted && form.adoptedOn.trim() !== '' && adoptedOn === null) problems.push('date');
  const needFigures: NeedFigure[] = [];
  form.figures.forEach((figure, index) => {
    if (figure.label.trim() === '' && figure.value.trim() === '' && figure.unit.trim() === '')
      return;
    const value = parseDecimal(figure.value);
    if (figure.label.trim() === '' || !value.ok || value.value === null) {
      problems.push({ figure: index });
      return;
    }
    needFigures.push({ label: figure.label.trim(), value: value.value, unit: figure.unit.trim() });
  });
  if (problems.length > 0) return { problems };
  return {
    input: {
      ...(id === undefined ? {} : { id }),
      name: form.name.trim(),
      kind: form.kind,
      levels: levelOrder.filter((level) => form.levels.includes(level)),
      language: form.language,
      planStatus: form.planStatus,
      adoptedOn,
      planReference: form.planReference.trim(),
      needText: form.needText.trim(),
      needFigures,
    },
  };
}
