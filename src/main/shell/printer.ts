import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { printPasses } from '../core/export/print-passes';
import type { Printer } from '../core/ports';
import { appScheme, printPolicy } from './policy';
import { denyPermissions } from './security';

/**
 * The core's Printer port: Chromium's own PDF output from a hidden, sandboxed window in a session
 * of its own. The HTML is served from memory (a data: URL would cap its size at 2 MB) under a
 * policy that runs no script from it.
 */
export function createPrinter(): Printer {
  const jobs = new Map<string, string>();
  let printSession: Session | undefined;

  const sessionForPrinting = (): Session => {
    if (printSession) return printSession;
    printSession = session.fromPartition('suunta-print', { cache: false });
    denyPermissions(printSession);
    printSession.protocol.handle(appScheme, (request) => {
      const html = jobs.get(new URL(request.url).pathname.slice(1));
      return html === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(html, {
            headers: {
              'Content-Type': 'text/html; charset=utf-8',
              'Content-Security-Policy': printPolicy,
            },
          });
    });
    return printSession;
  };

  return {
    async print(html, { title, language, revise }) {
      const job = randomUUID();
      jobs.set(job, html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: sessionForPrinting(),
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          spellcheck: false,
        },
      });
      try {
        await window.loadURL(`${appScheme}://print/${job}`);
        await window.webContents.executeJavaScript(
          `document.title ||= ${JSON.stringify(title)};
           document.documentElement.lang ||= ${JSON.stringify(language)};
           document.fonts.ready.then(() => true);`,
        );
        return await printPasses(
          {
            pdf: (layoutOnly) =>
              window.webContents.printToPDF({
                pageSize: 'A4',
                preferCSSPageSize: true,
                printBackground: true,
                generateTaggedPDF: !layoutOnly,
                generateDocumentOutline: !layoutOnly,
              }),
            setTexts: async (texts) => {
              await window.webContents.executeJavaScript(
                `for (const [id, text] of ${JSON.stringify([...texts])}) {
                   const element = document.getElementById(id);
                   if (element) element.textContent = text;
                 }`,
              );
            },
            setRootClass: async (name, on) => {
              await window.webContents.executeJavaScript(
                `document.documentElement.classList.toggle(${JSON.stringify(name)}, ${on});`,
              );
            },
          },
          revise,
        );
      } finally {
        jobs.delete(job);
        window.destroy();
      }
    },
  };
}
