import { Icon } from './Icon';

/** "Takaisin …" at the top of a screen opened from a list (Escape does the same). */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-quiet back-button"
      onClick={onBack}
      aria-keyshortcuts="Escape"
    >
      <Icon name="arrowLeft" />
      {label}
    </button>
  );
}
