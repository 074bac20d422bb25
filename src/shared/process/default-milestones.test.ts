import { describe, expect, it } from 'vitest';
import { milestoneKinds } from '../domain/milestones';
import { languages } from '../domain/settings';
import { createI18n } from '../i18n';
import {
  decisionRef,
  decisionVersionLabel,
  defaultBody,
  defaultProcess,
  milestoneKindLabel,
  milestoneName,
} from './default-milestones';

const council = {
  kind: 'regionalCouncil' as const,
  title: null,
  body: 'Aluevaltuusto',
  meetingDate: null,
  actualDate: null,
  itemNumber: '',
};

describe('the default process', () => {
  it('runs from the member survey to the next council term, every step named in fi, sv and en', () => {
    expect(defaultProcess).toHaveLength(9);
    expect(defaultProcess[0]).toBe('memberSurvey');
    expect(defaultProcess.indexOf('eveningSession')).toBeLessThan(
      defaultProcess.indexOf('regionalCouncil'),
    );
    expect(defaultProcess.at(-1)).toBe('nextPlan');
    for (const language of languages) {
      for (const kind of milestoneKinds) expect(milestoneKindLabel(kind, language)).not.toBe('');
      for (const kind of defaultProcess) expect(defaultBody(kind, language)).not.toBe('');
    }
    expect(milestoneKindLabel('regionalCouncil', 'sv')).toBe('Regionfullmäktige');
    expect(defaultBody('other', 'fi')).toBe('');
  });

  it('labels kinds and statuses through i18next for the UI', () => {
    const i18n = createI18n('sv');
    expect(i18n.t('process:kind.eveningSession')).toBe('Regionstyrelsens aftonskola');
    expect(i18n.t('process:status.postponed')).toBe('Uppskjuten');
    expect(createI18n('fi').t('process:status.done')).toBe('Toteutunut');
  });
});

describe('names and decision references', () => {
  it('prefers her own title to the kind label', () => {
    expect(milestoneName(council, 'en')).toBe('Regional council');
    expect(milestoneName({ ...council, title: 'Valtuusto' }, 'en')).toBe('Valtuusto');
  });

  it('labels a decision version with the step and the Finnish date', () => {
    expect(decisionVersionLabel(council, '2022-12-08', 'fi')).toBe('Aluevaltuusto 8.12.2022');
    expect(decisionVersionLabel(council, '2022-12-08', 'sv')).toBe('Regionfullmäktige 8.12.2022');
  });

  it('cites a decision as minutes do, leaving out what is not set', () => {
    expect(decisionRef(council, 'fi')).toBeNull();
    expect(decisionRef({ ...council, actualDate: '2022-12-08', itemNumber: '12' }, 'fi')).toBe(
      'Aluevaltuusto 8.12.2022 § 12',
    );
    expect(
      decisionRef(
        { ...council, meetingDate: '2022-12-08', actualDate: '2022-12-09', itemNumber: '§ 12' },
        'fi',
      ),
    ).toBe('Aluevaltuusto 8.12.2022 § 12');
    expect(decisionRef({ ...council, body: ' ', itemNumber: '12' }, 'sv')).toBe(
      'Regionfullmäktige § 12',
    );
  });
});
