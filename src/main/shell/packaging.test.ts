import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';

const root = join(import.meta.dirname, '../../..');
describe('the packaging configuration', () => {
  it('burns in the fuses that stop the app being run as something else', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app, its resources and the native module, in an archive', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'out/**/*',
      'resources/**/*',
      '.electron-native/better_sqlite3.node',
      'package.json',
    ]);
    expect(config.npmRebuild).toBe(false);
  });

  // Its keys are checked by the type checker (`satisfies Configuration`).
  it('is what `npm run package` uses', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['package']).toContain('electron-builder --config electron-builder.config.ts');
  });
});
