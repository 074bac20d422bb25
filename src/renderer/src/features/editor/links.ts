import { parseLinkUrl } from '../../../../shared/links';

/** Whether `url` is a complete http(s) or mailto address. */
export function isAllowedUrl(url: string): boolean {
  const parsed = parseLinkUrl(url);
  if (parsed === null) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname !== '';
}

/**
 * What she typed, completed the way people write addresses: "www.finlex.fi" becomes
 * "https://www.finlex.fi" and "nimi@alue.fi" becomes "mailto:nimi@alue.fi".
 */
export function completeUrl(input: string): string {
  const text = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return `https://${text}`;
}
