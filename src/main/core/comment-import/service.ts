import type {
  AuthorMapping,
  CommentImportPreview,
  CommentImportReport,
  SurveyColumns,
} from '../../../shared/domain/comment-import';
import { CoreError } from '../errors';
import { defaultLimits, type SourceLimits } from '../docx-import/limits';
import type { FeatureDeps } from '../feature-deps';
import { roundSections } from '../rounds/store';
import { parseCommentFile, requireColumns, type ReadFile } from './parse';
import { filePreview } from './preview';
import { readCommentFile } from './sniff';
import { writeImport } from './write';

/**
 * Bringing returned comments into a round (issue 5): returned Word files and survey exports are
 * read (outside any transaction, as reading is slow), then the plan is read or written at once.
 * A preview writes nothing; a commit re-reads every file and writes all of them or nothing.
 */

interface FileRequest {
  path: string;
  columns?: SurveyColumns | undefined;
  digest?: string;
}

/** The same file twice in one import would only be refused later as duplicates, confusingly. */
function checkDistinct(files: readonly FileRequest[]): void {
  const paths = new Set<string>();
  for (const { path } of files) {
    if (paths.has(path)) throw new CoreError('INVALID_INPUT', { issue: 'files: twice', path });
    paths.add(path);
  }
}

export class CommentImportService {
  constructor(
    private readonly deps: FeatureDeps,
    private readonly limits: SourceLimits = defaultLimits,
  ) {}

  /** One file after another: at most one file's bytes and parse are large at a time. */
  private async readAll(files: readonly FileRequest[]): Promise<ReadFile[]> {
    checkDistinct(files);
    const read: ReadFile[] = [];
    for (const file of files) {
      const source = await readCommentFile(file.path, file.digest, this.limits);
      read.push(await parseCommentFile(source, file.columns));
    }
    return read;
  }

  async preview(
    senderId: string,
    input: { docId: string; roundId: string; files: FileRequest[] },
  ): Promise<CommentImportPreview> {
    const { plans } = this.deps;
    // An unknown round is refused before any file is read.
    plans.withDoc(senderId, input.docId, (db) => roundSections(db, input.roundId));
    const files = await this.readAll(input.files);
    return plans.withDoc(senderId, input.docId, (db) => {
      const sections = roundSections(db, input.roundId);
      return {
        roundId: input.roundId,
        files: files.map((file) => filePreview(db, input.roundId, sections, file)),
      };
    });
  }

  async commit(
    senderId: string,
    input: {
      docId: string;
      roundId: string;
      files: Array<{ path: string; digest: string; columns?: SurveyColumns | undefined }>;
      authors: AuthorMapping;
    },
  ): Promise<CommentImportReport> {
    const { plans } = this.deps;
    plans.withDoc(senderId, input.docId, (db) => roundSections(db, input.roundId));
    const files = await this.readAll(input.files);
    files.forEach(requireColumns);
    return plans.withDoc(senderId, input.docId, (db) =>
      db.transaction(() =>
        writeImport(
          db,
          {
            roundId: input.roundId,
            sections: roundSections(db, input.roundId),
            now: this.deps.clock.now().toISOString(),
            author: this.deps.author(),
          },
          files,
          input.authors,
        ),
      )(),
    );
  }
}
