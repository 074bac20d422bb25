import type { AnnexKind, ExportOptions } from '../../../shared/domain/export';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import type { Language } from '../../../shared/domain/settings';
import { helsinkiDate, formatFinnishDate } from '../../../shared/dates';
import { exportMessages, fillText, type ExportTexts } from '../../../shared/i18n/messages/export';
import { decisionRef, milestoneName } from '../../../shared/process/default-milestones';
import { findRequirement } from '../../../shared/statutory/catalogue';
import { commentAnnex } from './comments-annex';
import { dataBlockHtml } from './data-block-html';
import { dataBlockContent } from './data-blocks';
import type { ExportDocument } from './document';
import { hyphenator } from './hyphenate';
import { editorStateHtml, escapeHtml } from './lexical-html';
import { printCss } from './print-css';
import { CoreError } from '../errors';

/**
 * The plan (or a version) as ONE self-contained print document: cover, contents, the numbered
 * sections with their text, the chosen annexes. Pure: the same document, options, fonts and page
 * numbers give the same bytes. The Printer turns it into a tagged PDF; Chromium cannot know the
 * contents' page numbers in one pass, so they are left blank in elements with `tocPageId` ids:
 * `pdf.ts` prints once, reads the page of every anchor and has the printer fill them in place.
 */

export interface PrintAssets {
  /** `@font-face` rules with the fonts inlined (fonts.ts). */
  fontCss: string;
  /** When the export is made (from the core's clock). */
  now: Date;
}

export interface PrintDocument {
  html: string;
  /** The PDF's metadata title and language. */
  title: string;
  language: Language;
  /** The contents' entries in order: the anchor (element id) and the text, for checking pages. */
  entries: Array<{ anchor: string; number: string; title: string; depth: number }>;
}

export const sectionAnchor = (sectionId: string) => `sec-${sectionId}`;
export const annexAnchor = (kind: AnnexKind) => `annex-${kind}`;
/** The (blank) contents page number of the entry pointing at `anchor`. */
export const tocPageId = (anchor: string) => `page-${anchor}`;

/** The texts of the export's language. */
export function textsFor(language: Language): ExportTexts {
  return exportMessages[language];
}

/** "1.3.2026" in Finnish and Swedish, "1 March 2026" in English. */
export function formatDate(iso: string, language: Language): string {
  if (language !== 'en') return formatFinnishDate(iso);
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day)),
  );
}

/** The catalogue's version is its date: shown as a date in the export's language. */
export function catalogueDate(version: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(version) ? formatDate(version, language) : version;
}

function langAttr(textLanguage: Language, documentLanguage: Language): string {
  return textLanguage === documentLanguage ? '' : ` lang="${textLanguage}"`;
}

interface Context {
  doc: ExportDocument;
  options: ExportOptions;
  language: Language;
  texts: ExportTexts;
  assets: PrintAssets;
}

function coverHtml(ctx: Context): string {
  const { doc, texts, language, options } = ctx;
  const t = texts.cover;
  const version = doc.version
    ? fillText(t.versionLabel, { number: doc.version.number, label: doc.version.label })
    : fillText(t.current, { date: formatDate(helsinkiDate(ctx.assets.now), language) });
  const rows: Array<[string, string]> = [
    [t.version, escapeHtml(version)],
    [t.status, escapeHtml(options.final ? t.statusFinal : t.statusDraft)],
    [t.digest, `<span class="digest">${escapeHtml(doc.digest)}</span>`],
  ];
  return `<section class="cover"${langAttr(language, doc.meta.language)} aria-label="${escapeHtml(doc.meta.title)}">
<p class="cover-kind">${escapeHtml(t.kind)}</p>
<p class="cover-title" lang="${doc.meta.language}">${escapeHtml(doc.meta.title)}</p>
<p class="cover-region">${escapeHtml(doc.meta.region)}</p>
${doc.meta.period ? `<p class="cover-period">${escapeHtml(t.period)} ${escapeHtml(doc.meta.period)}</p>` : ''}
${options.final ? '' : `<p class="cover-status">${escapeHtml(texts.draft)}</p>`}
<div class="cover-details">
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>
<p class="digest-note">${escapeHtml(t.digestNote)} ${escapeHtml(fillText(t.exported, { date: formatDate(helsinkiDate(ctx.assets.now), language) }))}</p>
</div>
</section>`;
}

function tocHtml(ctx: Context, entries: PrintDocument['entries']): string {
  const items = entries
    .map((entry) => {
      const cls = entry.depth === 0 ? 'toc-annex' : `toc-l${Math.min(entry.depth, 3)}`;
      return `<li class="${cls}"><a href="#${entry.anchor}"><span class="toc-num">${escapeHtml(entry.number)}</span><span class="toc-text">${escapeHtml(entry.title)}</span><span class="toc-page" id="${tocPageId(entry.anchor)}"></span></a></li>`;
    })
    .join('\n');
  return `<nav class="toc" aria-labelledby="toc-title"${langAttr(ctx.language, ctx.doc.meta.language)}>
<p class="toc-title" id="toc-title">${escapeHtml(ctx.texts.contents)}</p>
<ol>
${items}
</ol>
</nav>`;
}

function sectionsHtml(ctx: Context): string {
  const hyphenate = hyphenator(ctx.doc.meta.language);
  let blocks = 0;
  const options = {
    hyphenate,
    headingLevel: (tag: 'h2' | 'h3' | 'h4') => ({ h2: 4, h3: 5, h4: 6 })[tag],
    paragraphNumbers: ctx.options.paragraphNumbers,
    // Live blocks are part of the text: in the plan's language, whatever the fixed texts'.
    dataBlock: (node: LexicalNodeJson) =>
      dataBlockHtml(dataBlockContent(node, ctx.doc.data, ctx.doc.meta.language, String(++blocks))),
  };
  return ctx.doc.outline
    .map((entry, index) => {
      const level = Math.min(entry.depth, 3);
      const heading = `<h${level} id="${sectionAnchor(entry.id)}"><span class="num">${escapeHtml(entry.number)}</span> ${escapeHtml(entry.title)}</h${level}>`;
      const body = editorStateHtml(ctx.doc.content.get(entry.id) ?? null, options);
      const first = index === 0 ? ' chapter-start' : '';
      return `<section class="plan-section depth-${level}${first}">
${heading}
${body}
</section>`;
    })
    .join('\n');
}

function annexTitle(ctx: Context, kind: AnnexKind, number: number): string {
  return `${fillText(ctx.texts.annex, { number })}. ${ctx.texts[kind].title}`;
}

function checklistAnnex(ctx: Context, number: number): string {
  const t = ctx.texts.checklist;
  const hyphenate = hyphenator(ctx.language);
  const numbers = new Map(ctx.doc.outline.map((entry) => [entry.id, entry.number]));
  const { checklist } = ctx.doc;
  const rows = checklist.items
    .map((item) => {
      const requirement = findRequirement(item.requirementId);
      const label = requirement?.label[ctx.language] ?? item.requirementId;
      const citation = requirement?.citation[ctx.language] ?? '';
      const sections = item.sectionIds
        .map((id) => numbers.get(id))
        .filter((value): value is string => value !== undefined);
      return `<tr><td>${escapeHtml(hyphenate(label))}</td><td>${escapeHtml(citation)}</td><td class="status-${item.status}">${escapeHtml(t.statuses[item.status])}</td><td>${escapeHtml(sections.length > 0 ? sections.join(', ') : t.none)}</td></tr>`;
    })
    .join('\n');
  const summary = fillText(t.summary, {
    done: checklist.done,
    total: checklist.total,
    inProgress: checklist.inProgress,
    missing: checklist.missing.length,
  });
  return `<section class="annex"${langAttr(ctx.language, ctx.doc.meta.language)}>
<h1 id="${annexAnchor('checklist')}">${escapeHtml(annexTitle(ctx, 'checklist', number))}</h1>
<p class="annex-intro">${escapeHtml(fillText(t.intro, { version: catalogueDate(checklist.catalogueVersion, ctx.language) }))} ${escapeHtml(summary)}</p>
<table class="annex-table">
<colgroup><col style="width:46%"><col style="width:24%"><col style="width:13%"><col style="width:17%"></colgroup>
<thead><tr><th scope="col">${escapeHtml(t.requirement)}</th><th scope="col">${escapeHtml(t.reference)}</th><th scope="col">${escapeHtml(t.status)}</th><th scope="col">${escapeHtml(t.sections)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function decisionsAnnex(ctx: Context, number: number): string {
  const t = ctx.texts.decisions;
  const milestones = ctx.doc.milestones.filter((milestone) => milestone.status !== 'cancelled');
  const rows = milestones
    .map((milestone) => {
      const date =
        milestone.actualDate ??
        milestone.meetingDate ??
        (milestone.plannedDate
          ? fillText(t.planned, { date: formatDate(milestone.plannedDate, ctx.language) })
          : '');
      const shownDate =
        date === milestone.actualDate || date === milestone.meetingDate
          ? formatDate(date, ctx.language)
          : date;
      const reference = decisionRef(milestone, ctx.language);
      const decision = [reference, milestone.decisionText.trim()].filter(Boolean).join(': ');
      const version =
        milestone.versionNumber === null
          ? ''
          : `${ctx.texts.cover.version.toLowerCase()} ${milestone.versionNumber}`;
      return `<tr><td>${escapeHtml(milestoneName(milestone, ctx.language))}</td><td>${escapeHtml(shownDate)}</td><td>${escapeHtml(milestone.body)}</td><td>${escapeHtml(decision)}</td><td>${escapeHtml(version)}</td></tr>`;
    })
    .join('\n');
  const table =
    milestones.length === 0
      ? `<p>${escapeHtml(t.none)}</p>`
      : `<table class="annex-table">
<colgroup><col style="width:24%"><col style="width:15%"><col style="width:20%"><col style="width:29%"><col style="width:12%"></colgroup>
<thead><tr><th scope="col">${escapeHtml(t.step)}</th><th scope="col">${escapeHtml(t.date)}</th><th scope="col">${escapeHtml(t.body)}</th><th scope="col">${escapeHtml(t.reference)}</th><th scope="col">${escapeHtml(t.version)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return `<section class="annex"${langAttr(ctx.language, ctx.doc.meta.language)}>
<h1 id="${annexAnchor('decisions')}">${escapeHtml(annexTitle(ctx, 'decisions', number))}</h1>
<p class="annex-intro">${escapeHtml(t.intro)}</p>
${table}
</section>`;
}

function commentsAnnex(ctx: Context, number: number): string {
  const t = ctx.texts.comments;
  if (!ctx.doc.comments) throw new CoreError('INTERNAL', { reason: 'comments annex: no summary' });
  const annex = commentAnnex(ctx.doc.comments, ctx.language);
  const hyphenate = hyphenator(ctx.doc.meta.language);
  const text = (value: string) => escapeHtml(hyphenate(value));
  const counts = annex.counts
    .map((entry) => `<tr><td>${escapeHtml(entry.label)}</td><td>${entry.count}</td></tr>`)
    .join('');
  const sections = annex.sections
    .map((section) => {
      const rows = section.rows
        .map((row) => {
          const comment = [
            row.quote === null ? '' : `<p class="comment-quote">”${text(row.quote)}”</p>`,
            row.replyTo === null && row.text === ''
              ? ''
              : `<p>${row.replyTo === null ? '' : `${escapeHtml(row.replyTo)} `}${text(row.text)}</p>`,
            row.proposal === null
              ? ''
              : `<p class="comment-proposal">${
                  row.proposal === ''
                    ? escapeHtml(t.deletion)
                    : `${escapeHtml(t.proposal)} ”${text(row.proposal)}”`
                }</p>`,
          ].join('');
          const response =
            row.resolution === null
              ? ''
              : `<p class="resolution">${escapeHtml(row.resolution)}</p>${row.response === '' ? '' : `<p>${text(row.response)}</p>`}`;
          return `<tr><td>${escapeHtml(row.number)}</td><td>${escapeHtml(row.respondent)}</td><td>${comment}</td><td>${response}</td></tr>`;
        })
        .join('\n');
      return `<h2>${escapeHtml(section.heading)}</h2>
<table class="annex-table">
<colgroup><col style="width:8%"><col style="width:18%"><col style="width:42%"><col style="width:32%"></colgroup>
<thead><tr><th scope="col">${escapeHtml(t.number)}</th><th scope="col">${escapeHtml(t.respondent)}</th><th scope="col">${escapeHtml(t.comment)}</th><th scope="col">${escapeHtml(t.response)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    })
    .join('\n');
  return `<section class="annex"${langAttr(ctx.language, ctx.doc.meta.language)}>
<h1 id="${annexAnchor('comments')}">${escapeHtml(annexTitle(ctx, 'comments', number))}</h1>
<p class="annex-intro">${escapeHtml(annex.intro)}</p>
<table class="annex-table annex-counts">
<caption class="annex-intro">${escapeHtml(t.counts)}</caption>
<thead><tr><th scope="col">${escapeHtml(t.resolution)}</th><th scope="col">${escapeHtml(t.count)}</th></tr></thead>
<tbody>${counts}</tbody>
<tfoot><tr><td>${escapeHtml(t.total)}</td><td>${annex.total}</td></tr></tfoot>
</table>
${annex.sections.length === 0 ? `<p>${escapeHtml(t.none)}</p>` : sections}
</section>`;
}

const annexHtml: Record<AnnexKind, (ctx: Context, number: number) => string> = {
  checklist: checklistAnnex,
  comments: commentsAnnex,
  decisions: decisionsAnnex,
};

/** The print HTML of an export. */
export function buildPrintHtml(
  doc: ExportDocument,
  options: ExportOptions,
  assets: PrintAssets,
): PrintDocument {
  const language = options.language ?? doc.meta.language;
  const texts = textsFor(language);
  const ctx: Context = { doc, options, language, texts, assets };
  const entries: PrintDocument['entries'] = [
    ...doc.outline.map((entry) => ({
      anchor: sectionAnchor(entry.id),
      number: entry.number,
      title: entry.title,
      depth: entry.depth,
    })),
    ...options.annexes.map((kind, index) => ({
      anchor: annexAnchor(kind),
      number: '',
      title: annexTitle(ctx, kind, index + 1),
      depth: 0,
    })),
  ];
  const annexes = options.annexes.map((kind, index) => annexHtml[kind](ctx, index + 1)).join('\n');
  const css = printCss({ footerTitle: doc.meta.title, page: texts.page, pageOf: texts.pageOf });
  const watermark = options.final
    ? ''
    : `<div class="watermark" aria-hidden="true"${langAttr(language, doc.meta.language)}>${escapeHtml(texts.draft)}</div>`;
  const html = `<!DOCTYPE html>
<html lang="${doc.meta.language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.meta.title)}</title>
<style>
${assets.fontCss}
${css}
</style>
</head>
<body${options.paragraphNumbers ? ' class="paragraph-numbers"' : ''}>
${coverHtml(ctx)}
${tocHtml(ctx, entries)}
<main>
${sectionsHtml(ctx)}
</main>
${annexes}
${watermark}
</body>
</html>
`;
  return { html, title: doc.meta.title, language: doc.meta.language, entries };
}
