import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages, fillText } from '../../../shared/i18n/messages/export';
import { roundsMessages } from '../../../shared/i18n/messages/rounds';
import { formatDate } from '../export/print-html';
import type { PackageData } from './package-data';
import { bullet, heading1, heading2, paragraphs, title, wordDocument } from './word';

export interface LetterFacts {
  /** Today in Helsinki (ISO date). */
  today: string;
  /** Who to ask (the name set in preferences; "" leaves the contact out). */
  contact: string;
  /** The names of the package's other files, as the letter refers to them. */
  files: { pdf: string; docx: string; form: string };
}

/** The questions under their section (reading order), those about the whole plan first. */
function questionGroups(data: PackageData, wholePlan: string) {
  const groups: Array<{ heading: string; questions: PackageData['questions'] }> = [];
  const general = data.questions.filter((question) => question.section === null);
  if (general.length > 0) groups.push({ heading: wholePlan, questions: general });
  for (const section of data.sections) {
    const questions = data.questions.filter((question) => question.section?.id === section.id);
    if (questions.length > 0) {
      groups.push({ heading: `${section.number} ${section.title}`, questions });
    }
  }
  return groups;
}

/**
 * The saatekirje of a round: what is asked, from whom, by when, how to answer (Word comments or
 * tracked changes in the attached draft, or the response form), the targeted questions, the files
 * and whom to ask.
 */
export function buildCoverLetter(
  data: PackageData,
  language: Language,
  facts: LetterFacts,
): Promise<Uint8Array> {
  const texts = exportMessages[language].roundPackage.letter;
  const kinds = roundsMessages[language].respondentKind;
  const version = fillText(exportMessages[language].cover.versionLabel, {
    number: data.round.versionNumber,
    label: data.round.versionLabel,
  });
  const children: FileChild[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, text: formatDate(facts.today, language) }),
    new Paragraph({ text: texts.kind }),
    title(data.round.title),
    new Paragraph({ text: `${data.plan.title}, ${data.plan.region}` }),
    new Paragraph({ text: fillText(texts.intro, { plan: data.plan.title }) }),
    new Paragraph({ text: fillText(texts.draft, { version }) }),
    heading1(texts.asked),
    ...(data.round.instructions.trim() === ''
      ? [new Paragraph({ text: texts.askedDefault })]
      : paragraphs(data.round.instructions)),
    heading1(texts.from),
    ...(data.invited.length === 0
      ? [new Paragraph({ text: texts.fromNone })]
      : data.invited.map((respondent) =>
          bullet(
            fillText(texts.respondent, { name: respondent.name, kind: kinds[respondent.kind] }),
          ),
        )),
    heading1(texts.deadline),
    new Paragraph({
      text:
        data.round.closesOn === null
          ? texts.deadlineNone
          : fillText(texts.deadlineDate, { date: formatDate(data.round.closesOn, language) }),
    }),
    heading1(texts.how),
    new Paragraph({ text: fillText(texts.howWord, { file: facts.files.docx }) }),
    new Paragraph({ text: fillText(texts.howForm, { file: facts.files.form }) }),
    new Paragraph({ text: texts.howRefer }),
  ];
  const groups = questionGroups(data, texts.wholePlan);
  if (groups.length > 0) {
    children.push(heading1(texts.questions), new Paragraph({ text: texts.questionsIntro }));
    for (const group of groups) {
      children.push(
        heading2(group.heading),
        ...group.questions.map(
          (question) =>
            new Paragraph({ text: `${question.number}. ${question.text}`, indent: { left: 360 } }),
        ),
      );
    }
  }
  children.push(
    heading1(texts.attachments),
    ...[facts.files.pdf, facts.files.docx, facts.files.form].map(bullet),
  );
  if (facts.contact.trim() !== '') {
    children.push(
      heading1(texts.contact),
      new Paragraph({ text: fillText(texts.contactName, { name: facts.contact.trim() }) }),
    );
  }
  return wordDocument({
    title: data.round.title,
    description: `${texts.kind}: ${data.plan.title}`,
    language,
    children,
  });
}
