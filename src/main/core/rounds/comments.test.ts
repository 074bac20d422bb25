import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quoteAt } from '../../../shared/anchoring';
import type {
  Comment,
  CommentList,
  CommentSummary,
  TextQuote,
} from '../../../shared/domain/rounds';
import { lexicalText } from '../db/fixtures';
import { migrations } from '../db/migrations';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { CoreError } from '../errors';
import { listRespondents } from './respondents';
import { commentSummary } from './summary';
import { insertComment, insertRespondent, rememberAlias } from './store';
import { roundPlan } from './testing';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

/** The quote of `passage` (its first occurrence at or after `from`) in `text`. */
const quoteOf = (text: string, passage: string, from = 0): TextQuote => {
  const start = text.indexOf(passage, from);
  return quoteAt(text, start, start + passage.length)!;
};

async function reviewSetup() {
  const setup = await roundPlan(t);
  const kerava = await setup.respondent('Keravan kaupunki');
  const opisto = await setup.respondent('Keudan ammattiopisto', 'provider');
  const round = await setup.round('Lausuntokierros');
  const add = (comment: object) =>
    t.value<Comment>('comments.add', { docId: setup.docId, roundId: round.id, comment });
  const list = () =>
    t.value<CommentList>('comments.list', { docId: setup.docId, roundId: round.id });
  return { ...setup, kerava, opisto, roundId: round.id, add, list };
}

describe('manual comments', () => {
  it('adds comments on the plan, a section and a passage, numbered in order', async () => {
    const { docId, first, kerava, opisto, roundId, add, list } = await reviewSetup();
    t.clock.set('2026-09-02T10:00:00.000Z');
    await t.value('prefs.update', { name: 'Puheenjohtaja' });
    const general = await add({ respondentId: kerava.id, sectionId: null, text: 'Hyvä luonnos.' });
    const whole = await add({ respondentId: opisto.id, sectionId: first.id, text: 'Lyhennä.' });
    const text = 'Opiskeluhuolto on kaikkien yhteinen asia.';
    const passage = await add({
      respondentId: kerava.id,
      sectionId: first.id,
      quote: quoteOf(text, 'kaikkien yhteinen'),
      text: 'Kenen kaikkien?',
    });
    expect(general).toMatchObject({
      number: 1,
      roundId,
      respondentName: 'Keravan kaupunki',
      respondentKind: 'municipality',
      section: null,
      anchor: 'plan',
      kind: 'comment',
      proposal: null,
      source: 'manual',
      createdAt: '2026-09-02T10:00:00.000Z',
      createdBy: 'Puheenjohtaja',
      resolution: 'open',
      response: '',
      resolvedBy: '',
      resolvedAt: null,
      appliedRevision: null,
    });
    expect(whole).toMatchObject({
      number: 2,
      section: { id: first.id, number: '1', title: first.title },
      anchor: 'section',
    });
    expect(passage).toMatchObject({
      number: 3,
      anchor: 'found',
      quote: { exact: 'kaikkien yhteinen', prefix: 'Opiskeluhuolto on ', suffix: ' asia.' },
    });
    const change = await add({
      respondentId: opisto.id,
      sectionId: first.id,
      quote: quoteOf(text, 'yhteinen'),
      kind: 'change',
      proposal: 'yhteinen ja jaettu',
      text: '',
    });
    expect(change).toMatchObject({ kind: 'change', proposal: 'yhteinen ja jaettu', number: 4 });
    const listed = await list();
    expect(listed.comments.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(listed).toMatchObject({ total: 4, resolved: 0, byResolution: { open: 4 } });
    expect(await t.error('comments.list', { docId, roundId: 'missing' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses what cannot be a comment', async () => {
    const { docId, first, kerava, roundId } = await reviewSetup();
    const add = (comment: object) => t.error('comments.add', { docId, roundId, comment });
    const quote = { exact: 'yhteinen', prefix: '', suffix: '' };
    expect(await add({ respondentId: 'nobody', sectionId: null, text: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'respondent' },
    });
    expect(await add({ respondentId: kerava.id, sectionId: 'nosuch', text: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'section' },
    });
    expect(
      await add({ respondentId: kerava.id, sectionId: null, questionId: 'q1', text: 'x' }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'question' } });
    expect(
      await add({ respondentId: kerava.id, sectionId: first.id, kind: 'change', quote, text: '' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await add({
        respondentId: kerava.id,
        sectionId: first.id,
        kind: 'change',
        proposal: 'uusi',
        text: '',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await add({ respondentId: kerava.id, sectionId: null, text: '  ' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await add({ respondentId: kerava.id, sectionId: null, quote, text: 'x' })).toMatchObject(
      { code: 'INVALID_INPUT' },
    );
    // A section added after the round's version was frozen is not in it.
    const added = await t.value<{ id: string }>('outline.add', {
      docId,
      parentId: null,
      afterId: null,
      title: 'Uusi luku',
    });
    expect(await add({ respondentId: kerava.id, sectionId: added.id, text: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'section' },
    });
  });

  it('edits the text and the respondent, keeping source and resolution; removes with replies', async () => {
    const { docId, kerava, opisto, add, list } = await reviewSetup();
    const comment = await add({ respondentId: kerava.id, sectionId: null, text: 'Kirjoitusvirhe' });
    await t.value('comments.resolve', {
      docId,
      commentIds: [comment.id],
      resolution: 'noted',
      response: 'Kiitos.',
    });
    const edited = await t.value<Comment>('comments.edit', {
      docId,
      commentId: comment.id,
      text: 'Korjattu',
      respondentId: opisto.id,
    });
    expect(edited).toMatchObject({
      text: 'Korjattu',
      respondentName: 'Keudan ammattiopisto',
      source: 'manual',
      resolution: 'noted',
      response: 'Kiitos.',
    });
    expect(
      await t.error('comments.edit', { docId, commentId: comment.id, respondentId: 'nobody' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await t.error('comments.edit', { docId, commentId: comment.id, text: ' ' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await t.value('comments.remove', { docId, commentId: comment.id })).toBeNull();
    expect((await list()).comments).toEqual([]);
    expect(await t.error('comments.remove', { docId, commentId: comment.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('anchors in the current text', () => {
  it('follows edits around the passage, orphans a removed one with its quote, and a removed section', async () => {
    const { docId, first, second, kerava, add, list, save } = await reviewSetup();
    const text = 'Opiskeluhuolto on kaikkien yhteinen asia.';
    const quote = quoteOf(text, 'kaikkien yhteinen');
    const kept = await add({ respondentId: kerava.id, sectionId: first.id, quote, text: 'A' });
    const lost = await add({
      respondentId: kerava.id,
      sectionId: second.id,
      quote: quoteOf('Kuraattori tavataan viikon sisällä yhteydenotosta.', 'viikon sisällä'),
      text: 'B',
    });
    const whole = await add({ respondentId: kerava.id, sectionId: second.id, text: 'C' });
    await save(
      first.id,
      lexicalText('Alussa uusi lause. Opiskeluhuolto on kaikkien yhteinen asia ja tehtävä.'),
    );
    await save(second.id, lexicalText('Kuraattori tavataan kahden päivän kuluessa.'));
    const anchors = async () =>
      Object.fromEntries((await list()).comments.map((c) => [c.id, c.anchor]));
    expect(await anchors()).toEqual({
      [kept.id]: 'found',
      [lost.id]: 'orphaned',
      [whole.id]: 'section',
    });
    const orphan = (await list()).comments.find((c) => c.id === lost.id)!;
    expect(orphan.quote?.exact).toBe('viikon sisällä');
    expect(orphan.section).toMatchObject({ id: second.id, number: '2' });
    await t.value('outline.remove', { docId, sectionId: second.id });
    expect(await anchors()).toEqual({
      [kept.id]: 'found',
      [lost.id]: 'sectionRemoved',
      [whole.id]: 'sectionRemoved',
    });
    // Still numbered as in the round's version.
    const removed = (await list()).comments.find((c) => c.id === whole.id)!;
    expect(removed.section).toMatchObject({ id: second.id, number: '2', title: second.title });
  });

  it('chooses a repeated passage by its context, and orphans it when the context cannot tell', async () => {
    const { first, kerava, add, list, save } = await reviewSetup();
    const text = 'Kuraattori auttaa. Psykologi auttaa.';
    await save(first.id, lexicalText(text));
    // Frozen text of the round's version does not matter for anchoring: the current text does.
    const second = quoteOf(text, 'auttaa', text.indexOf('Psykologi'));
    expect(second.prefix).toBe('Kuraattori auttaa. Psykologi ');
    const comment = await add({
      respondentId: kerava.id,
      sectionId: first.id,
      quote: second,
      text: 'X',
    });
    const anchor = async () => (await list()).comments.find((c) => c.id === comment.id)!.anchor;
    expect(await anchor()).toBe('found');
    await save(first.id, lexicalText('Kuraattori auttaa. Kuraattori auttaa.'));
    expect(await anchor()).toBe('orphaned');
  });
});

describe('resolutions', () => {
  it('resolves in bulk recording who and when; reopening clears it', async () => {
    const { docId, kerava, add, list } = await reviewSetup();
    const a = await add({ respondentId: kerava.id, sectionId: null, text: 'A' });
    const b = await add({ respondentId: kerava.id, sectionId: null, text: 'B' });
    await add({ respondentId: kerava.id, sectionId: null, text: 'C' });
    await t.value('prefs.update', { name: 'Anna Puheenjohtaja' });
    t.clock.set('2026-10-01T12:00:00.000Z');
    const resolved = await t.value<Comment[]>('comments.resolve', {
      docId,
      commentIds: [a.id, b.id],
      resolution: 'accepted',
      response: 'Lisätty lukuun 2.',
    });
    expect(
      resolved.map((c) => [c.id, c.resolution, c.response, c.resolvedBy, c.resolvedAt]),
    ).toEqual([
      [a.id, 'accepted', 'Lisätty lukuun 2.', 'Anna Puheenjohtaja', '2026-10-01T12:00:00.000Z'],
      [b.id, 'accepted', 'Lisätty lukuun 2.', 'Anna Puheenjohtaja', '2026-10-01T12:00:00.000Z'],
    ]);
    expect(await list()).toMatchObject({
      total: 3,
      resolved: 2,
      byResolution: { open: 1, accepted: 2, partial: 0, rejected: 0, noted: 0 },
    });
    const reopened = await t.value<Comment[]>('comments.resolve', {
      docId,
      commentIds: [a.id],
      resolution: 'open',
      response: 'ignored',
    });
    expect(reopened[0]).toMatchObject({
      resolution: 'open',
      response: '',
      resolvedBy: '',
      resolvedAt: null,
    });
  });

  it('requires a response, refuses replies and unknown ids, all or nothing', async () => {
    const { docId, kerava, roundId, add } = await reviewSetup();
    const a = await add({ respondentId: kerava.id, sectionId: null, text: 'A' });
    for (const response of ['', '   ']) {
      expect(
        await t.error('comments.resolve', {
          docId,
          commentIds: [a.id],
          resolution: 'rejected',
          response,
        }),
      ).toMatchObject({ code: 'RESPONSE_REQUIRED' });
    }
    expect(
      await t.error('comments.resolve', {
        docId,
        commentIds: [a.id, 'missing'],
        resolution: 'noted',
        response: 'Kiitos',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // A reply in a Word thread, as the importer writes it.
    const { replyId, docId: reopened } = await insertReply(docId, roundId, a.id, kerava.id);
    expect(
      await t.error('comments.resolve', {
        docId: reopened,
        commentIds: [a.id, replyId],
        resolution: 'noted',
        response: 'Kiitos',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    const listed = await t.value<CommentList>('comments.list', { docId: reopened, roundId });
    expect(listed.comments.map((c) => c.resolution)).toEqual(['open', 'open']);
    expect(listed.comments.map((c) => c.id)).toEqual([a.id, replyId]);
    expect(listed.total).toBe(1);
  });
});

/** Writes a reply through the store, as the Word importer does (no channel adds replies). */
async function insertReply(docId: string, roundId: string, parentId: string, respondentId: string) {
  const path = (await t.value<Array<{ path: string }>>('recent.list', {}))[0]!.path;
  await t.value('plan.close', { docId });
  const db = new Database(path);
  let id: string;
  try {
    db.pragma('foreign_keys = ON');
    id = insertComment(db, {
      roundId,
      respondentId,
      sectionId: null,
      questionId: null,
      parentId,
      quote: null,
      text: 'Vastaus',
      kind: 'comment',
      proposal: null,
      source: 'docx',
      importId: null,
      sourceFile: 'palaute.docx',
      sourceAuthor: 'Kerava',
      sourceRef: 'w:comment 2',
      createdAt: '2026-09-03T10:00:00.000Z',
      createdBy: '',
    });
  } finally {
    db.close();
  }
  const reopened = await t.value<{ docId: string }>('plan.open', { path });
  return { replyId: id, docId: reopened.docId };
}

describe('summary', () => {
  it('groups by section in reading order, general last, and counts top-level comments', async () => {
    const { docId, first, second, kerava, opisto, roundId, add } = await reviewSetup();
    const general = await add({ respondentId: kerava.id, sectionId: null, text: 'Yleisesti' });
    const onSecond = await add({ respondentId: opisto.id, sectionId: second.id, text: 'Toka' });
    const onFirst = await add({ respondentId: kerava.id, sectionId: first.id, text: 'Eka' });
    await t.value('comments.resolve', {
      docId,
      commentIds: [onFirst.id],
      resolution: 'partial',
      response: 'Osin.',
    });
    const summary = await t.value<CommentSummary>('comments.summary', { docId, roundId });
    expect(
      summary.sections.map((s) => [s.section?.number ?? null, s.comments.map((c) => c.id)]),
    ).toEqual([
      ['1', [onFirst.id]],
      ['2', [onSecond.id]],
      [null, [general.id]],
    ]);
    expect(summary).toMatchObject({
      round: { id: roundId, comments: 3, resolved: 1 },
      total: 3,
      byResolution: { open: 2, partial: 1 },
      byRespondent: [
        { name: 'Keravan kaupunki', total: 2, byResolution: { open: 1, partial: 1 } },
        { name: 'Keudan ammattiopisto', kind: 'provider', total: 1, byResolution: { open: 1 } },
      ],
    });
  });

  it('summarises the newest round when given none; NOT_FOUND without rounds', async () => {
    const { docId, kerava, round } = await reviewSetup();
    t.clock.advance(60_000);
    const newest = await round('Uusin kierros');
    await t.value('comments.add', {
      docId,
      roundId: newest.id,
      comment: { respondentId: kerava.id, sectionId: null, text: 'Uusin' },
    });
    const path = (await t.value<Array<{ path: string }>>('recent.list', {}))[0]!.path;
    await t.value('plan.close', { docId });
    const db = new Database(path, { readonly: true });
    try {
      const summary = commentSummary(db, null);
      expect(summary.round.title).toBe('Uusin kierros');
      expect(summary.sections).toEqual([
        { section: null, comments: [expect.objectContaining({ text: 'Uusin' })] },
      ]);
    } finally {
      db.close();
    }
    const empty = new Database(':memory:');
    try {
      for (const step of migrations) step.up(empty);
      expect(() => commentSummary(empty, null)).toThrow(CoreError);
    } finally {
      empty.close();
    }
  });

  it('is NOT_FOUND for an unknown round', async () => {
    const { docId } = await reviewSetup();
    expect(await t.error('comments.summary', { docId, roundId: 'nosuch' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the respondent register in the store', () => {
  it('lists remembered aliases with their respondent', () => {
    const db = new Database(':memory:');
    try {
      for (const step of migrations) step.up(db);
      const id = insertRespondent(db, { name: 'Keravan kaupunki', kind: 'municipality' }, 'now');
      rememberAlias(db, 'Kerava / Sivistys', id);
      rememberAlias(db, 'keravan  kaupunki', id);
      expect(listRespondents(db)).toEqual([
        {
          id,
          name: 'Keravan kaupunki',
          kind: 'municipality',
          contact: '',
          aliases: ['Kerava / Sivistys'],
        },
      ]);
    } finally {
      db.close();
    }
  });
});
