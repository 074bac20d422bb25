import { parseLinkUrl } from '../../shared/links';
import { CoreError } from './errors';

/**
 * The URL the system browser or mail client may be asked to open: http, https or mailto only,
 * without credentials (a classic disguise: https://trusted.example@evil.example). Returns the
 * normalised form, which is what gets opened.
 */
export function checkExternalUrl(text: string): string {
  const url = parseLinkUrl(text);
  if (url === null) {
    throw new CoreError('INVALID_INPUT', { issue: 'url: only http, https and mailto links open' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new CoreError('INVALID_INPUT', { issue: 'url: credentials are not allowed' });
  }
  return url.href;
}
