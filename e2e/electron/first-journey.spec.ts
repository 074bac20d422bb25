import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The first journey through the real Electron shell: preload, IPC with sender checks, the app://
 * protocol, the native save dialog (stubbed in the main process), the menu's Reload.
 */

const root = resolve(import.meta.dirname, '../..');

/** Where `require('electron')` would find the binary, without letting it start a download. */
function electronBinary(): string | null {
  const packageDir = join(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override
    ? join(override, executable ?? 'electron')
    : executable && join(packageDir, 'dist', executable);
  return binary && existsSync(binary) ? binary : null;
}

/** The Electron binary to launch, or why the journey cannot run here. */
function prerequisites(): { binary: string } | { skip: string } {
  const binary = electronBinary();
  if (binary === null) {
    return {
      skip:
        'Skipped: no Electron binary in node_modules/electron/dist (installed with ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline). Install it with internet access ' +
        '(node node_modules/electron/install.js) to run the journeys through the Electron shell.',
    };
  }
  // The app needs better-sqlite3 built for Electron's ABI, as `npm start` makes it.
  const native = spawnSync(process.execPath, [join(root, 'scripts/electron-native.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  return native.status === 0
    ? { binary }
    : { skip: `Skipped: better-sqlite3 could not be built for Electron here.\n${native.stderr}` };
}

test('a new plan from the template keeps two sections over a reload, in Electron', async () => {
  const ready = prerequisites();
  if ('skip' in ready) {
    console.warn(ready.skip);
    test.skip(true, ready.skip);
    return;
  }

  const home = mkdtempSync(join(tmpdir(), 'suunta-electron-'));
  const planPath = join(home, 'keusote.opsu');
  const app = await electron.launch({
    executablePath: ready.binary,
    args: ['--lang=fi-FI', root],
    cwd: root,
    env: { ...process.env, SUUNTA_SETTINGS_DIR: join(home, 'settings'), LANG: 'fi_FI.UTF-8' },
  });
  try {
    // The native save dialog answers with the test's path.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
    }, planPath);
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Alueellinen opiskeluhuoltosuunnitelma',
    );
    // The renderer is a sandboxed page of our own origin, without Node.
    expect(
      await page.evaluate(() => [location.origin, 'require' in window, 'process' in window]),
    ).toEqual(['app://suunta', false, false]);

    await page.getByRole('button', { name: /Uusi suunnitelma/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi suunnitelma' });
    await dialog.getByLabel('Hyvinvointialue').fill('Keski-Uudenmaan hyvinvointialue');
    await dialog.getByLabel('Kausi').fill('2026-2029');
    await dialog.getByRole('button', { name: 'Luo suunnitelma…' }).click();
    await expect(page.getByRole('tree')).toBeVisible();
    expect(existsSync(planPath)).toBe(true);

    const texts = {
      '1 Johdanto': 'Suunnitelma koskee kaikkia alueen koulutuksen järjestäjiä.',
      '2 Tavoitteet': 'Yhteistyöryhmä kokoontuu neljä kertaa vuodessa.',
    };
    for (const [section, text] of Object.entries(texts)) {
      const editor = page.getByRole('textbox', { name: new RegExp(`^${section}`) });
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    }
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

    // View → Reload: the shell asks the renderer to flush, then reloads the page.
    await app.evaluate(({ BrowserWindow, Menu }) => {
      const [window] = BrowserWindow.getAllWindows();
      const reload = Menu.getApplicationMenu()?.getMenuItemById('reload');
      if (!window || !reload) throw new Error('no window or no View → Reload');
      (reload.click as (event: unknown, window: unknown, contents: unknown) => void)(
        {},
        window,
        window.webContents,
      );
    });
    for (const [section, text] of Object.entries(texts)) {
      await expect(page.getByRole('textbox', { name: new RegExp(`^${section}`) })).toHaveText(text);
    }
    await page.screenshot({ path: join(root, 'e2e/artifacts/electron-first-journey.png') });
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
