import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFinnishDate } from '../../../../shared/dates';
import { Field } from '../../ui/Field';

interface DateFieldProps {
  label: string;
  /** The text as typed (d.m.yyyy). */
  value: string;
  onChange: (value: string) => void;
  /** Show the format message now, even before the field was left (a submit was tried). */
  checkNow?: boolean;
  /** A refusal from the core that belongs to this field (an end before a start). */
  error?: string | null;
  hint?: string;
  autoFocus?: boolean;
}

/** True when the text is empty or a real date as d.m.yyyy. */
export function isDateText(text: string): boolean {
  return text.trim() === '' || parseFinnishDate(text) !== null;
}

/**
 * A date typed as Finnish users write it. The format is checked when the field is left (not at every
 * key, which would flag "8.1" on the way to "8.12.2022"), and the message goes as soon as it is right.
 */
export function DateField({
  label,
  value,
  onChange,
  checkNow,
  error,
  hint,
  autoFocus,
}: DateFieldProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(false);
  const formatError = (left || checkNow) && !isDateText(value) ? t('timeline.date.invalid') : null;
  return (
    <Field
      label={label}
      hint={hint ? `${hint} (${t('timeline.date.hint')})` : t('timeline.date.hint')}
      error={formatError ?? error}
      value={value}
      inputMode="decimal"
      autoComplete="off"
      autoFocus={autoFocus}
      className="date-field"
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => setLeft(true)}
    />
  );
}
