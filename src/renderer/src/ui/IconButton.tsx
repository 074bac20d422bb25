import { Icon, type IconName } from './Icon';

interface IconButtonProps {
  icon: IconName;
  /** The button's accessible name, also shown as its tooltip since there is no visible text. */
  label: string;
  onClick: () => void;
  /** For on/off buttons: whether it is on. */
  pressed?: boolean;
}

/** A quiet button that shows only an icon. */
export function IconButton({ icon, label, onClick, pressed }: IconButtonProps) {
  return (
    <button
      type="button"
      className="btn btn-quiet btn-icon"
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
