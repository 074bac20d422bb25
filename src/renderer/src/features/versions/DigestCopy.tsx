import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { copyText } from './copyText';
import { shortDigest } from './versionFormat';

/**
 * A version's digest as people compare it by eye (the first 12 hex digits) with a button that
 * copies all 64; the full digest is the button's accessible description and the text's tooltip.
 */
export function DigestCopy({
  digest,
  number,
  shown = true,
}: {
  digest: string;
  number: number;
  /** False where the short digest is already in the text beside the button. */
  shown?: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const fullId = useId();
  const copy = async () => {
    const copied = await copyText(digest);
    toast({ title: t(copied ? 'versions.copied' : 'versions.copyFailed') });
  };
  return (
    <span className="digest">
      {shown && (
        <code className="digest-short" title={digest}>
          {shortDigest(digest)}…
        </code>
      )}
      <button
        type="button"
        className="btn btn-quiet btn-icon btn-small"
        aria-label={t('versions.copyDigest', { number })}
        aria-describedby={fullId}
        title={t('versions.copyDigest', { number })}
        onClick={() => void copy()}
      >
        <Icon name="copy" />
      </button>
      <span id={fullId} hidden>
        {t('versions.digestFull', { digest })}
      </span>
    </span>
  );
}
