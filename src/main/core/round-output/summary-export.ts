import { helsinkiDate } from '../../../shared/dates';
import type { Language } from '../../../shared/domain/settings';
import { exportTarget, writeExport } from '../export/write';
import { readMeta } from '../plans/repository';
import { commentSummary } from '../rounds/summary';
import type { RoundOutputDeps } from './handlers';
import { summaryCsv } from './summary-csv';
import { buildSummaryDocx } from './summary-docx';

export interface SummaryRequest {
  docId: string;
  roundId: string;
  format: 'docx' | 'csv';
  path: string;
  language?: Language | undefined;
}

/**
 * kommenttikooste ja vastineet written as a Word document or as CSV: read in one transaction,
 * rendered outside it, written atomically (never over the plan file itself).
 */
export async function exportCommentSummary(
  deps: RoundOutputDeps,
  senderId: string,
  request: SummaryRequest,
): Promise<{ path: string; bytes: number }> {
  const { summary, plan, target } = deps.plans.withDoc(senderId, request.docId, (db) =>
    db.transaction(() => ({
      summary: commentSummary(db, request.roundId),
      plan: readMeta(db),
      target: exportTarget(request.path, deps.pathOf(senderId, request.docId)),
    }))(),
  );
  const language = request.language ?? plan.language;
  const bytes =
    request.format === 'docx'
      ? await buildSummaryDocx(summary, plan, language, helsinkiDate(deps.clock.now()))
      : summaryCsv(summary, language);
  await writeExport(target, bytes);
  return { path: target, bytes: bytes.byteLength };
}
