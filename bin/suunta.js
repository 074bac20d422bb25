#!/usr/bin/env node
// The suunta command line; the code is built by electron-vite (npm run build).
import '../out/main/cli.js';
