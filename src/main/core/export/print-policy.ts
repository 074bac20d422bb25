/**
 * The Content-Security-Policy every printer serves the print HTML under: the document is
 * self-contained (inline CSS, data: fonts and images) and never runs a script. Here, beside the
 * print HTML it describes, so the Electron shell, the CLI and the e2e harness print under one rule.
 */
export const printPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline' data:",
  'img-src data:',
  'font-src data:',
].join('; ');
