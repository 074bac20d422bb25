import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      lib: {
        entry: {
          index: resolve(root, 'src/main/index.ts'),
          // The command-line interface: a second thin shell over the same core, run by plain Node.
          cli: resolve(root, 'src/main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(root, 'src/main/preload.ts') },
      externalizeDeps: false,
      // A sandboxed preload cannot load ES modules.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: {
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
