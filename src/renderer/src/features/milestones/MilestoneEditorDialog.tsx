import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  milestoneKinds,
  milestoneStatuses,
  type Milestone,
  type MilestoneKind,
  type MilestonePatch,
  type MilestoneStatus,
  type Milestones,
} from '../../../../shared/domain/milestones';
import type { VersionSummary } from '../../../../shared/domain/versions';
import type { Result } from '../../../../shared/result';
import { errorText } from '../../api/client';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { Icon } from '../../ui/Icon';
import { DateField } from './DateField';
import {
  checkForm,
  datesReadable,
  fieldOfRefusal,
  formOf,
  isPeriod,
  patchOf,
  type DateFieldName,
  type FormErrors,
  type MilestoneForm,
} from './milestoneForm';
import { useMilestoneText } from './milestoneText';
import { VersionOptions } from './VersionOptions';

interface MilestoneEditorDialogProps {
  milestone: Milestone;
  versions: VersionSummary[];
  onSave: (patch: MilestonePatch) => Promise<Result<Milestones>>;
  onClose: () => void;
}

/**
 * Everything about one step: kind and name, schedule, and the decision (body, meeting, §, text,
 * minutes, the version presented). Dates are checked as typed; an impossible schedule refused by
 * the core is shown at its field, focused, and nothing is saved.
 */
export function MilestoneEditorDialog({
  milestone,
  versions,
  onSave,
  onClose,
}: MilestoneEditorDialogProps) {
  const { t, i18n } = useTranslation();
  const text = useMilestoneText();
  const [form, setForm] = useState(() => formOf(milestone));
  const [errors, setErrors] = useState<FormErrors>({});
  const [checkNow, setCheckNow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const fieldsRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (focusInvalid > 0)
      fieldsRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const set = <K extends keyof MilestoneForm>(field: K, value: MilestoneForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors(({ [field as keyof FormErrors]: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    setCheckNow(true);
    const found = checkForm(form, t);
    setErrors(found);
    if (!datesReadable(form) || Object.keys(found).length > 0) {
      setFocusInvalid((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await onSave(patchOf(form));
    setBusy(false);
    if (result.ok) return onClose();
    const field = fieldOfRefusal(result.error, form);
    if (field === null) return setFailure(errorText(i18n, result.error));
    setErrors({ [field]: errorText(i18n, result.error) });
    setFocusInvalid((count) => count + 1);
  };

  const date = (field: DateFieldName, label: string, hint?: string) => (
    <DateField
      label={label}
      hint={hint}
      value={form[field]}
      onChange={(value) => set(field, value)}
      checkNow={checkNow}
      error={errors[field]}
    />
  );
  const period = isPeriod(form);

  return (
    <FormDialog
      title={t('timeline.editor.title', { title: text.name(milestone) })}
      description={t('timeline.editor.description')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      <div ref={fieldsRef} className="milestone-editor">
        {milestone.warnings.length > 0 && <WarningsNote milestone={milestone} />}
        <div className="field-row">
          <SelectField
            label={t('timeline.editor.kind')}
            value={form.kind}
            onChange={(value) => set('kind', value as MilestoneKind)}
          >
            {milestoneKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`process:kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('timeline.editor.ownTitle')}
            hint={t('timeline.editor.ownTitleHint', { label: t(`process:kind.${form.kind}`) })}
            value={form.title}
            maxLength={200}
            onChange={(event) => set('title', event.target.value)}
          />
        </div>
        <fieldset className="milestone-fieldset">
          <legend>{t('timeline.editor.schedule')}</legend>
          <div className="field-row">
            {date(
              'plannedDate',
              t(period ? 'timeline.editor.plannedStart' : 'timeline.editor.plannedDate'),
            )}
            {period &&
              date(
                'plannedEndDate',
                t('timeline.editor.plannedEnd'),
                t('timeline.editor.plannedEndHint'),
              )}
          </div>
          <div className="field-row">
            {date('actualDate', t('timeline.editor.actualDate'))}
            <SelectField
              label={t('timeline.editor.status')}
              value={form.status}
              onChange={(value) => set('status', value as MilestoneStatus)}
            >
              {milestoneStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`process:status.${status}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        <fieldset className="milestone-fieldset">
          <legend>{t('timeline.editor.decision')}</legend>
          <div className="field-row">
            <Field
              label={t('timeline.editor.body')}
              value={form.body}
              maxLength={200}
              onChange={(event) => set('body', event.target.value)}
            />
            {date('meetingDate', t('timeline.editor.meetingDate'))}
            <Field
              label={t('timeline.editor.itemNumber')}
              value={form.itemNumber}
              maxLength={40}
              className="milestone-field-narrow"
              onChange={(event) => set('itemNumber', event.target.value)}
            />
          </div>
          <Field
            label={t('timeline.editor.decisionText')}
            hint={t('timeline.editor.decisionTextHint')}
            value={form.decisionText}
            maxLength={2000}
            onChange={(event) => set('decisionText', event.target.value)}
          />
          <Field
            label={t('timeline.editor.minutesUrl')}
            type="url"
            value={form.minutesUrl}
            maxLength={2048}
            error={errors.minutesUrl}
            onChange={(event) => set('minutesUrl', event.target.value)}
          />
          <SelectField
            label={t('timeline.editor.version')}
            value={form.versionId}
            onChange={(value) => set('versionId', value)}
          >
            <option value="">{t('timeline.editor.noVersion')}</option>
            <VersionOptions versions={versions} />
          </SelectField>
        </fieldset>
        <TextAreaField
          label={t('timeline.editor.notes')}
          value={form.notes}
          maxLength={10_000}
          onChange={(value) => set('notes', value)}
        />
      </div>
    </FormDialog>
  );
}

/** The doubtful order the core found: shown, never blocking a save. */
function WarningsNote({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  return (
    <div className="milestone-warnings-note">
      <p className="milestone-warnings-title">
        <Icon name="alert" />
        {t('timeline.editor.warnings')}
      </p>
      <ul>
        {milestone.warnings.map((warning) => (
          <li key={warning}>{text.warning(warning)}</li>
        ))}
      </ul>
    </div>
  );
}
