import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  resolutions,
  type Comment,
  type CommentSummary,
  type ResolutionCounts,
} from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages, fillText } from '../../../shared/i18n/messages/export';
import { roundsMessages } from '../../../shared/i18n/messages/rounds';
import { formatDate } from '../export/print-html';
import { commentLabels } from './summary-labels';
import { heading1, heading2, labelled, paragraphs, table, title, wordDocument } from './word';

/** Whose summary it is: the plan's title and region. */
export interface SummaryPlan {
  title: string;
  region: string;
}

const counts = (byResolution: ResolutionCounts) =>
  resolutions.map((resolution) => String(byResolution[resolution]));

function commentBlock(
  comment: Comment,
  language: Language,
  labels: ReturnType<typeof commentLabels>,
): FileChild[] {
  const texts = exportMessages[language].summary;
  const parent = labels.parentNumber(comment);
  const head = [
    labels.commentNumber(comment.number),
    comment.respondentName,
    labels.kind(comment),
    ...(parent === null ? [] : [fillText(texts.reply, { number: parent })]),
  ].join(' · ');
  const blocks: FileChild[] = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [new TextRun({ text: head, bold: true })],
    }),
  ];
  if (comment.quote) blocks.push(labelled(texts.quote, `”${comment.quote.exact}”`));
  blocks.push(...paragraphs(comment.text));
  if (comment.proposal !== null) {
    blocks.push(
      labelled(texts.proposal, comment.proposal === '' ? texts.deletion : comment.proposal),
    );
  }
  // A reply in a Word thread carries no resolution of its own.
  if (comment.parentId === null) {
    blocks.push(
      labelled(texts.resolution, labels.resolution(comment)),
      labelled(texts.response, comment.response === '' ? '–' : comment.response),
    );
  }
  return blocks;
}

/**
 * kommenttikooste ja vastineet as a Word document: the round and its version, counts by resolution
 * and by respondent, then each section's comments with their resolution and response.
 */
export function buildSummaryDocx(
  summary: CommentSummary,
  plan: SummaryPlan,
  language: Language,
  today: string,
): Promise<Uint8Array> {
  const texts = exportMessages[language].summary;
  const resolutionNames = roundsMessages[language].resolution;
  const labels = commentLabels(summary, language);
  const version = fillText(exportMessages[language].cover.versionLabel, {
    number: summary.round.versionNumber,
    label: summary.round.versionLabel,
  });
  const children: FileChild[] = [
    title(texts.title),
    new Paragraph({ text: `${plan.title}, ${plan.region}` }),
    labelled(texts.round, summary.round.title),
    labelled(texts.version, version),
    labelled(texts.date, formatDate(today, language)),
    heading1(texts.byResolution),
    table(
      [texts.resolution, texts.count],
      [
        ...resolutions.map((resolution) => [
          resolutionNames[resolution],
          String(summary.byResolution[resolution]),
        ]),
        [texts.total, String(summary.total)],
      ],
    ),
    heading1(texts.byRespondent),
    table(
      [
        texts.respondent,
        texts.count,
        ...resolutions.map((resolution) => resolutionNames[resolution]),
      ],
      summary.byRespondent.map((respondent) => [
        respondent.name,
        String(respondent.total),
        ...counts(respondent.byResolution),
      ]),
    ),
    heading1(texts.bySection),
  ];
  if (summary.total === 0) children.push(new Paragraph({ text: texts.none }));
  for (const { section, comments } of summary.sections) {
    children.push(
      heading2(section === null ? labels.general : `${section.number} ${section.title}`),
    );
    for (const comment of comments) children.push(...commentBlock(comment, language, labels));
  }
  return wordDocument({
    title: `${texts.title}: ${summary.round.title}`,
    description: plan.title,
    language,
    children,
  });
}
