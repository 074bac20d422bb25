import { CoreError } from './errors';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL the system browser or mail client may be asked to open: http, https or mailto only,
 * without credentials (a classic disguise: https://trusted.example@evil.example). Returns the
 * normalised form, which is what gets opened.
 */
export function checkExternalUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CoreError('INVALID_INPUT', { issue: 'url: not a URL' });
  }
  if (!allowedProtocols.has(url.protocol)) {
    throw new CoreError('INVALID_INPUT', { issue: 'url: only http, https and mailto links open' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new CoreError('INVALID_INPUT', { issue: 'url: credentials are not allowed' });
  }
  return url.href;
}
