/** The link schemes a plan may contain: web pages and e-mail, nothing executable. */
const linkProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** `text` as a URL when it is one with an allowed scheme (http, https, mailto); else null. */
export function parseLinkUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return linkProtocols.has(url.protocol) ? url : null;
}

/** Whether a link is a web page: the only kind the app opens (in the system browser). */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
