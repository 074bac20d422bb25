import { isAbsolute } from 'node:path';
import type { DocxPreview, ImportMapping } from '../../../shared/domain/docx-import';
import type { Language } from '../../../shared/domain/settings';
import type { OpenedPlan } from '../../../shared/ipc';
import { appliesTo, findRequirement } from '../../../shared/statutory/catalogue';
import { CoreError } from '../errors';
import type { PlansService } from '../plans/service';
import { insertImported } from './insert-sections';
import { defaultLimits, type SourceLimits } from './limits';
import type { ReadDocx } from './read-docx';

/**
 * The pipeline loads jsdom, mammoth and Lexical, which takes a second or more: only when a Word
 * file is read, never at startup of the app or the CLI.
 */
const pipeline = () => import('./read-docx');

export interface DocxCreateInput {
  source: string;
  sourceDigest: string;
  path: string;
  title: string;
  region: string;
  period?: string | null | undefined;
  language: Language;
  mapping: ImportMapping;
}

function absoluteSource(path: string): string {
  if (!isAbsolute(path)) throw new CoreError('INVALID_INPUT', { issue: 'source: not absolute' });
  return path;
}

/** Every mapped section must exist and every requirement apply to a new (non-Helsinki) plan. */
function checkMapping(mapping: ImportMapping, sections: number): void {
  for (const { index, requirementIds } of mapping) {
    if (index >= sections) {
      throw new CoreError('INVALID_INPUT', { issue: `mapping: no section ${index}` });
    }
    for (const id of requirementIds) {
      const requirement = findRequirement(id);
      if (!requirement || !appliesTo(requirement, { helsinki: false })) {
        throw new CoreError('INVALID_INPUT', { issue: `mapping: ${id} does not apply` });
      }
    }
  }
}

/** "Tuo aiempi suunnitelma (DOCX)": the preview, and the plan made from it. */
export class DocxImportService {
  constructor(
    private readonly plans: PlansService,
    private readonly author: () => string,
    private readonly limits: SourceLimits = defaultLimits,
  ) {}

  /** The last preview's conversion, so that creating from it does not convert the file again. */
  private last: { path: string; read: ReadDocx } | null = null;

  async preview(source: string): Promise<DocxPreview> {
    const { readDocx } = await pipeline();
    this.last = null;
    const read = await readDocx(absoluteSource(source), this.limits);
    this.last = { path: source, read };
    return read.preview;
  }

  /**
   * Reads the Word file again and creates the plan only if it is the very file she previewed and
   * every mapped section exists. The conversion of the last preview is reused when it is of the
   * same bytes; conversion is deterministic, so the plan is the same either way.
   */
  async create(senderId: string, input: DocxCreateInput): Promise<OpenedPlan> {
    const { convertDocx, readDocxSource } = await pipeline();
    // The file is read again and must be the very one previewed (SOURCE_CHANGED otherwise).
    const path = absoluteSource(input.source);
    const source = await readDocxSource(path, this.limits, input.sourceDigest);
    const last = this.last;
    const read =
      last?.path === path && last.read.preview.sourceDigest === source.digest
        ? last.read
        : await convertDocx(path, source);
    checkMapping(input.mapping, read.preview.sections.length);
    return this.plans.createWith(senderId, input, (db, now) =>
      insertImported(db, read, input.mapping, now, this.author()),
    );
  }
}
