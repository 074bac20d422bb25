import type { Configuration } from 'electron-builder';

/**
 * Packaging (`npm run package`, on a machine with the internet: it downloads Electron). The app is
 * the built `out/` folder, the bundled fonts and better-sqlite3 built for Electron's ABI by
 * `scripts/electron-native.mjs`; node_modules' own build stays Node's, so packaging never rebuilds
 * it (`npmRebuild: false`) and the tests keep working from the same checkout.
 *
 * The fuses are switches burnt into the Electron binary: they close the ways to run the signed app
 * as something else (plain Node, Node options or a debugger from the command line or environment,
 * app code from outside its checked archive). See docs/SECURITY.md.
 */
const config = {
  appId: 'fi.suunta.app',
  productName: 'Suunta',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'resources/**/*', '.electron-native/better_sqlite3.node', 'package.json'],
  // A native module cannot be loaded from inside the archive.
  asarUnpack: ['.electron-native/better_sqlite3.node'],
  asar: true,
  npmRebuild: false,
  fileAssociations: [{ ext: 'opsu', name: 'Suunta plan', mimeType: 'application/x-suunta-plan' }],
  linux: { target: ['AppImage'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'] },
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://, never from file://.
    grantFileProtocolExtraPrivileges: false,
    // Flipping fuses breaks an ad-hoc macOS signature; without a real one, sign ad hoc again.
    resetAdHocDarwinSignature: true,
  },
} satisfies Configuration;

export default config;
