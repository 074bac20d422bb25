import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/domain/section';
import { loadableContent, parseStoredContent } from '../../../shared/domain/stored-content';
import type { Revision } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';

/**
 * A plan file is mailed around, so its stored editor JSON may have been crafted. Each hostile
 * state is written straight into the file with SQLite (as the section's text and as every one of
 * its revisions); the channels that read it answer with a Result — the stored text, or a clear
 * error naming the damage — and the gate the editor loads through never lets it in unchanged.
 */

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0 });
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children });
const state = (...children: object[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });
const link = (url: string, label: string) => ({
  type: 'link',
  version: 1,
  url,
  children: [text(label)],
});
const nested = (depth: number) =>
  `{"root":{"type":"root","version":1,"children":[${'{"type":"quote","version":1,"children":['.repeat(depth)}${']}'.repeat(depth)}]}}`;

const SCRIPT = '<script>window.__pwned=1</script>';

/** Stored texts the editor must refuse outright. */
const unreadable: Record<string, string> = {
  'malformed JSON': '{"root":{"type":"root","children":[',
  'not an object': '"<img src=x onerror=alert(1)>"',
  'JSON null': 'null',
  'no root': '{"html":"<script>alert(1)</script>"}',
  'unknown node type': state(paragraph(text('ennen')), {
    type: 'html',
    version: 1,
    html: SCRIPT,
    children: [],
  }),
  'unknown inline node': state(paragraph({ type: 'iframe', version: 1, src: 'javascript:1' })),
  'nested 20 000 deep': nested(20_000),
  'nested just past the limit': nested(60),
  'children not an array': state({ type: 'paragraph', version: 1, children: { 0: text('x') } }),
  'oversized (5 MB)': state(paragraph(text('x'.repeat(5_000_000)))),
};

/** Stored texts that load, with their dangerous links reduced to plain text. */
const links = state(
  paragraph(
    link('javascript:window.__pwned=1', 'skripti'),
    link('data:text/html,<script>alert(1)</script>', 'data'),
    link('file:///etc/passwd', 'tiedosto'),
    link('JaVaScRiPt:alert(1)', 'isot'),
    { type: 'link', version: 1, children: [text('ilman osoitetta')] },
    link('https://www.finlex.fi/', 'Finlex'),
    text(SCRIPT),
  ),
);

let t: TestCore;
let path: string;
let sectionId: string;

beforeAll(async () => {
  t = makeTestCore();
  path = join(t.dir, 'hostile.opsu');
  const plan = await t.value<OpenedPlan>('plan.create', {
    path,
    title: 'Suunnitelma',
    region: 'Alue',
  });
  sectionId = plan.outline[0]!.id;
  await t.value('section.save', { docId: plan.docId, sectionId, content: lexicalText('Alku') });
  await t.value('versions.create', { docId: plan.docId, label: 'Luonnos 1' });
  await t.value('plan.close', { docId: plan.docId });
}, 60_000);
afterAll(() => t?.dispose());

/** Writes `content` as the section's text and as each of its revisions, with the plan closed. */
function plant(content: string): void {
  const db = new Database(path);
  try {
    db.prepare('UPDATE sections SET content = ? WHERE id = ?').run(content, sectionId);
    db.prepare('UPDATE revisions SET content = ? WHERE section_id = ?').run(content, sectionId);
  } finally {
    db.close();
  }
}

async function withPlan<T>(use: (docId: string) => Promise<T>): Promise<T> {
  const { docId } = await t.value<OpenedPlan>('plan.open', { path });
  try {
    return await use(docId);
  } finally {
    await t.value('plan.close', { docId });
  }
}

describe('hostile editor JSON stored in a plan file', () => {
  it.each(Object.entries(unreadable))(
    '%s: read as stored, never loaded, refused with a clear error where it would be used',
    async (_name, content) => {
      plant(content);
      expect(parseStoredContent(content)).toBeNull();
      expect(loadableContent(content)).toEqual({ readable: false, content: null });
      await withPlan(async (docId) => {
        const doc = { docId, sectionId };
        const section = await t.value<Section>('section.get', doc);
        expect(section.content).toBe(content);
        const revision = await t.value<Revision>('history.get', { ...doc, revision: 1 });
        expect(loadableContent(revision.content).readable).toBe(false);
        // Every use that would carry the text on names the damage instead of failing obscurely.
        expect((await t.error('history.restore', { ...doc, revision: 1 })).code).toBe(
          'INVALID_INPUT',
        );
        for (const [channel, input] of [
          ['versions.create', { docId, label: 'Luonnos 2' }],
          ['versions.compare', { docId, from: { current: true }, to: { current: true } }],
          ['export.docx', { docId, path: join(t.dir, 'hostile.docx') }],
        ] as const) {
          const error = await t.error(channel, input);
          expect(error.code, channel).toBe('CORRUPT');
          expect(error.details, channel).toEqual(expect.objectContaining({ path, sectionId }));
        }
      });
    },
    30_000,
  );

  it('loads a state with javascript:, data: and file: links as their plain text', () => {
    const loaded = loadableContent(links);
    expect(loaded.readable).toBe(true);
    expect(loaded.content).not.toMatch(/javascript|data:|file:/i);
    const urls = [...loaded.content!.matchAll(/"url":"([^"]*)"/g)].map((match) => match[1]);
    expect(urls).toEqual(['https://www.finlex.fi/']);
    for (const label of ['skripti', 'data', 'tiedosto', 'isot', 'ilman osoitetta', SCRIPT]) {
      expect(loaded.content).toContain(JSON.stringify(label).slice(1, -1));
    }
  });

  it('exports and freezes such a state without the dangerous links', async () => {
    plant(links);
    const out = join(t.dir, 'links.docx');
    await withPlan(async (docId) => {
      await t.value('export.docx', { docId, path: out });
      await t.value('versions.create', { docId, label: 'Linkit' });
    });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toMatch(/javascript|data:text|file:\/\//i);
    expect(rels).toContain('https://www.finlex.fi/');
    expect(xml).toContain('skripti');
    expect(xml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
  }, 60_000);

  it('refuses to save a state with a node type the editor does not know', async () => {
    plant(lexicalText('Alku'));
    await withPlan(async (docId) => {
      const error = await t.error('section.save', {
        docId,
        sectionId,
        content: unreadable['unknown node type'],
      });
      expect(error.code).toBe('INVALID_INPUT');
      expect((await t.value<Section>('section.get', { docId, sectionId })).content).toBe(
        lexicalText('Alku'),
      );
    });
  });
});
