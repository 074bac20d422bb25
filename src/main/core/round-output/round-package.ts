import { writeFile } from 'node:fs/promises';
import { helsinkiDate } from '../../../shared/dates';
import type { ExportOptions } from '../../../shared/domain/export';
import type { RenderedExport } from '../export/service';
import type { RoundPackage } from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { buildCoverLetter } from './cover-letter';
import { packageFileNames } from './file-names';
import type { RoundOutputDeps } from './handlers';
import { readPackageData } from './package-data';
import { buildResponseForm } from './response-form';
import { writeAllOrNothing } from './write-all';

export interface PackageRequest {
  docId: string;
  roundId: string;
  folder: string;
  language?: Language | undefined;
}

/**
 * The send-out package of a round: the cover letter, the response form, and the round's version
 * as DOCX and PDF (a draft, paragraphs numbered), all written into the folder or none. The plan is
 * read once; the rendering holds no transaction.
 */
export async function writeRoundPackage(
  deps: RoundOutputDeps,
  senderId: string,
  request: PackageRequest,
): Promise<RoundPackage> {
  const { docId } = request;
  const data = deps.plans.withDoc(senderId, docId, (db) => readPackageData(db, request.roundId));
  const language = request.language ?? data.plan.language;
  const names = packageFileNames(data.round.title, language);
  const draft: ExportOptions = {
    versionId: data.round.versionId,
    language,
    annexes: [],
    final: false,
    roundId: null,
    paragraphNumbers: true,
  };
  const facts = {
    today: helsinkiDate(deps.clock.now()),
    contact: deps.author(),
    files: names,
  };
  const exportRequest = { ...draft, docId };
  // Drafts are rendered in memory and recorded as exports only once the whole package is in
  // place, so a package that fails leaves no trace in the plan file.
  const drafts: Partial<Record<'docx' | 'pdf', RenderedExport>> = {};
  const draftFile = (kind: 'docx' | 'pdf', render: () => Promise<RenderedExport>) => ({
    kind,
    name: names[kind],
    write: async (path: string) => {
      const made = await render();
      await writeFile(path, made.bytes);
      drafts[kind] = made;
    },
  });
  // The PDF last: the slowest to make, and the one that needs Chromium.
  const written = await writeAllOrNothing(request.folder, [
    {
      kind: 'letter',
      name: names.letter,
      write: async (path) => writeFile(path, await buildCoverLetter(data, language, facts)),
    },
    {
      kind: 'form',
      name: names.form,
      write: async (path) => writeFile(path, await buildResponseForm(data, language)),
    },
    draftFile('docx', () =>
      deps.exports.renderDocx(senderId, { ...exportRequest, templatePath: null }),
    ),
    draftFile('pdf', () => deps.exports.renderPdf(senderId, exportRequest)),
  ]);
  for (const file of written.files) {
    const made = file.kind === 'docx' || file.kind === 'pdf' ? drafts[file.kind] : undefined;
    if (made) deps.exports.record(senderId, exportRequest, made, file.path);
  }
  return written;
}
