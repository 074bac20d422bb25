import { NameSchema } from '../../../../shared/domain/plan-data';
import { Field } from '../../ui/Field';

interface NameFieldProps {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

/** The name a provider or an indicator dialog opens on, as long as the core accepts. */
export function NameField({ label, value, error, onChange }: NameFieldProps) {
  return (
    <Field
      label={label}
      value={value}
      maxLength={NameSchema.maxLength ?? undefined}
      autoFocus
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
