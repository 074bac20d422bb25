import { launchingChromiumPrinter } from '../src/main/cli/chromium-printer';
import { makeTestCore } from '../src/main/core/testing/test-core';
const real = launchingChromiumPrinter(process.env);
const log: string[] = [];
const printer = {
  async print(html: string, options: any) {
    const t0 = performance.now();
    const pdf = await real.print(html, options);
    log.push(`print ${(performance.now() - t0).toFixed(0)}ms layoutOnly=${options.layoutOnly} ${html.length}`);
    return pdf;
  },
  ...(real as any).session ? { session: (real as any).session.bind(real) } : {},
};
const t = makeTestCore({ printer: printer as any });
const opened: any = await t.call('plan.open', { path: '/tmp/h7/plan.opsu' });
const docId = opened.value.docId;
const runs = Number(process.argv[2] ?? 3);
for (let i = 0; i < runs; i++) {
  log.length = 0;
  const t0 = performance.now();
  const r: any = await t.call('export.pdf', { docId, annexes: ['checklist', 'comments', 'decisions'], final: false, path: `/tmp/h7/out-${i}.pdf` });
  console.log('export', (performance.now() - t0).toFixed(0), r.ok ? `ok pages=${r.value.pages}` : JSON.stringify(r.error), log.join(' | '));
}
await real.close();
process.exit(0);
