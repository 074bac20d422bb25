import { readFile } from 'node:fs/promises';
import { app, protocol, shell, type Session, type WebPreferences } from 'electron';
import { checkExternalUrl } from '../core/external-url';
import { CoreError } from '../core/errors';
import { appHost, appScheme, contentSecurityPolicy, contentType, rendererFile } from './policy';

/** Must run before the app is ready: our scheme gets the rights of https (origin, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://suunta/ with the strict CSP; nothing outside `root`. */
export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? rendererFile(root, url.pathname) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'Content-Type': contentType(file),
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** The renderer runs like a web page with no Node: isolated, sandboxed, same-origin bound. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so none is granted. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Opens a link in the system browser or mail client, only after the core's URL check. */
export async function openExternal(url: string): Promise<void> {
  let checked: string;
  try {
    checked = checkExternalUrl(url);
  } catch {
    return;
  }
  await shell.openExternal(checked);
}

/** Opens a file the core has checked (one this session exported) in its default program. */
export async function openPath(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure !== '') throw new CoreError('IO', { reason: failure.slice(0, 200) });
}

/**
 * No web contents ever navigates away or opens a window: links go to the system browser (after
 * the URL check) and everything else is refused.
 */
export function blockNavigation(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
      void openExternal(event.url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternal(url);
      return { action: 'deny' };
    });
  });
}
