import { isWebUrl, parseLinkUrl } from '../../shared/links';
import { CoreError } from './errors';

/**
 * The URL the system browser may be asked to open: http or https only, without credentials (a
 * classic disguise: https://trusted.example@evil.example). A plan may hold mailto links, and they
 * are exported as links, but the app does not hand them to the mail client: a mailto URL is read
 * by another program, and some mail clients honour parameters such as `attach=` that a hostile
 * file could use to attach the user's own files. Returns the normalised form, which is what opens.
 */
export function checkExternalUrl(text: string): string {
  const url = parseLinkUrl(text);
  if (url === null || !isWebUrl(url)) {
    throw new CoreError('INVALID_INPUT', { issue: 'url: only http and https links open' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new CoreError('INVALID_INPUT', { issue: 'url: credentials are not allowed' });
  }
  return url.href;
}
