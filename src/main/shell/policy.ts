import { extname, resolve, sep } from 'node:path';

/**
 * The shell's security rules as plain functions, free of `electron`, so that the e2e harness serves
 * the renderer under the very same rules and they can be checked on machines without Electron.
 */

/** The renderer is served from this custom privileged scheme rather than from `file://`. */
export const appScheme = 'app';
export const appHost = 'suunta';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** The renderer's Content-Security-Policy, sent as a header with every file it loads. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // The editor and the component library set inline style attributes; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Print HTML must be self-contained (inline CSS, data: fonts and images) and never runs scripts. */
export { printPolicy } from '../core/export/print-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a request path names, or null when the path would leave `root`
 * (`..`, encoded or not), is malformed, or holds a NUL or a backslash.
 */
export function rendererFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

/** Whether a frame's URL is our renderer: the app scheme, or the dev server while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin;
}
