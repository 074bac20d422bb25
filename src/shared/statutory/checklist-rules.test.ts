import { describe, expect, it } from 'vitest';
import { computeChecklist, type ChecklistInput, type RuleSection } from './checklist-rules';

const section = (id: string, words: number, revision = words > 0 ? 1 : 0): RuleSection => ({
  id,
  words,
  revision,
});

function input(patch: Partial<ChecklistInput> = {}): ChecklistInput {
  return {
    catalogueVersion: 'v1',
    requirementIds: ['reg.a', 'reg.b', 'reg.c'],
    sections: [section('s1', 0), section('s2', 0), section('s3', 0)],
    links: [],
    confirmations: {},
    evidence: {},
    ...patch,
  };
}

const confirmation = (sectionRevisions: Record<string, number>) => ({
  confirmedBy: 'Maija',
  confirmedAt: '2026-03-01T09:00:00.000Z',
  sectionRevisions,
});

const item = (checklist: ReturnType<typeof computeChecklist>, id: string) =>
  checklist.items.find((entry) => entry.requirementId === id)!;

describe('checklist status rules', () => {
  it('calls every requirement missing when nothing is linked or written', () => {
    const checklist = computeChecklist(input());
    expect(checklist).toMatchObject({
      catalogueVersion: 'v1',
      total: 3,
      done: 0,
      inProgress: 0,
      missing: ['reg.a', 'reg.b', 'reg.c'],
    });
    expect(item(checklist, 'reg.a')).toEqual({
      requirementId: 'reg.a',
      status: 'missing',
      sectionIds: [],
      confirmedBy: null,
      confirmedAt: null,
      changedSinceConfirmed: false,
    });
  });

  it('keeps a requirement missing while its linked sections are empty', () => {
    const checklist = computeChecklist(
      input({ links: [{ requirementId: 'reg.a', sectionId: 's1' }] }),
    );
    expect(item(checklist, 'reg.a').status).toBe('missing');
    expect(item(checklist, 'reg.a').sectionIds).toEqual(['s1']);
  });

  it('is in progress when any linked section has words', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 0), section('s2', 12), section('s3', 0)],
        links: [
          { requirementId: 'reg.a', sectionId: 's1' },
          { requirementId: 'reg.a', sectionId: 's2' },
          { requirementId: 'reg.b', sectionId: 's3' },
        ],
      }),
    );
    expect(item(checklist, 'reg.a').status).toBe('inProgress');
    expect(item(checklist, 'reg.b').status).toBe('missing');
    expect(checklist.inProgress).toBe(1);
    expect(checklist.missing).toEqual(['reg.b', 'reg.c']);
  });

  it('does not count text in sections that are not linked', () => {
    const checklist = computeChecklist(
      input({ sections: [section('s1', 50), section('s2', 0), section('s3', 0)] }),
    );
    expect(checklist.missing).toHaveLength(3);
  });

  it('ignores links to sections that are deleted or unknown', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 0)],
        links: [{ requirementId: 'reg.a', sectionId: 'gone' }],
      }),
    );
    expect(item(checklist, 'reg.a')).toMatchObject({ status: 'missing', sectionIds: [] });
  });

  it('lists linked sections in outline order, once each', () => {
    const checklist = computeChecklist(
      input({
        links: [
          { requirementId: 'reg.a', sectionId: 's3' },
          { requirementId: 'reg.a', sectionId: 's1' },
          { requirementId: 'reg.a', sectionId: 's3' },
        ],
      }),
    );
    expect(item(checklist, 'reg.a').sectionIds).toEqual(['s1', 's3']);
  });

  it('is done when confirmed, with who and when, whatever the text', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 3, 2), section('s2', 0), section('s3', 0)],
        links: [{ requirementId: 'reg.a', sectionId: 's1' }],
        confirmations: { 'reg.a': confirmation({ s1: 2 }) },
      }),
    );
    expect(item(checklist, 'reg.a')).toEqual({
      requirementId: 'reg.a',
      status: 'done',
      sectionIds: ['s1'],
      confirmedBy: 'Maija',
      confirmedAt: '2026-03-01T09:00:00.000Z',
      changedSinceConfirmed: false,
    });
    expect(checklist.done).toBe(1);
    expect(checklist.missing).toEqual(['reg.b', 'reg.c']);
  });

  it('marks a confirmed requirement changed when a linked section has a new revision', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 5, 3)],
        links: [{ requirementId: 'reg.a', sectionId: 's1' }],
        confirmations: { 'reg.a': confirmation({ s1: 2 }) },
      }),
    );
    expect(item(checklist, 'reg.a')).toMatchObject({ status: 'done', changedSinceConfirmed: true });
  });

  it('marks it changed when a section linked at confirmation is deleted or unlinked', () => {
    const deleted = computeChecklist(
      input({
        sections: [section('s2', 4, 1)],
        links: [
          { requirementId: 'reg.a', sectionId: 's1' },
          { requirementId: 'reg.a', sectionId: 's2' },
        ],
        confirmations: { 'reg.a': confirmation({ s1: 1, s2: 1 }) },
      }),
    );
    expect(item(deleted, 'reg.a')).toMatchObject({ status: 'done', changedSinceConfirmed: true });
    const unlinked = computeChecklist(
      input({
        sections: [section('s1', 4, 1), section('s2', 4, 1)],
        links: [{ requirementId: 'reg.a', sectionId: 's2' }],
        confirmations: { 'reg.a': confirmation({ s1: 1, s2: 1 }) },
      }),
    );
    expect(item(unlinked, 'reg.a').changedSinceConfirmed).toBe(true);
  });

  it('marks it changed when a section is linked after the confirmation', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 4, 1), section('s2', 0, 0)],
        links: [
          { requirementId: 'reg.a', sectionId: 's1' },
          { requirementId: 'reg.a', sectionId: 's2' },
        ],
        confirmations: { 'reg.a': confirmation({ s1: 1 }) },
      }),
    );
    expect(item(checklist, 'reg.a').changedSinceConfirmed).toBe(true);
  });

  it('never reports a change for unconfirmed requirements', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 4, 7)],
        links: [{ requirementId: 'reg.a', sectionId: 's1' }],
      }),
    );
    expect(item(checklist, 'reg.a').changedSinceConfirmed).toBe(false);
  });

  it('ignores confirmations and links of requirements that do not apply', () => {
    const checklist = computeChecklist(
      input({
        requirementIds: ['reg.a'],
        links: [{ requirementId: 'reg.z', sectionId: 's1' }],
        confirmations: { 'reg.z': confirmation({}) },
      }),
    );
    expect(checklist.items.map((entry) => entry.requirementId)).toEqual(['reg.a']);
    expect(checklist).toMatchObject({ total: 1, done: 0, missing: ['reg.a'] });
  });

  it('does not take inherited object keys for confirmations', () => {
    const checklist = computeChecklist(input({ requirementIds: ['constructor', 'toString'] }));
    expect(checklist.done).toBe(0);
    expect(checklist.missing).toEqual(['constructor', 'toString']);
  });

  it('adds up: done + inProgress + missing = total', () => {
    const checklist = computeChecklist(
      input({
        sections: [section('s1', 1), section('s2', 2)],
        links: [
          { requirementId: 'reg.a', sectionId: 's1' },
          { requirementId: 'reg.b', sectionId: 's2' },
        ],
        confirmations: { 'reg.b': confirmation({ s2: 1 }) },
      }),
    );
    expect(checklist.done + checklist.inProgress + checklist.missing.length).toBe(checklist.total);
    expect(checklist).toMatchObject({ done: 1, inProgress: 1, missing: ['reg.c'] });
  });

  it('lifts a requirement without text to in progress when its evidence counts', () => {
    const staffing = { kind: 'staffing', rows: 3, statutoryMet: false, counts: true } as const;
    const empty = { kind: 'indicators', total: 2, withTargets: 0, counts: false } as const;
    const checklist = computeChecklist(
      input({
        evidence: { 'reg.a': staffing, 'reg.b': empty, 'reg.x': staffing },
        confirmations: { 'reg.c': confirmation({}) },
      }),
    );
    expect(item(checklist, 'reg.a')).toMatchObject({ status: 'inProgress', evidence: staffing });
    expect(item(checklist, 'reg.b')).toMatchObject({ status: 'missing', evidence: empty });
    expect(item(checklist, 'reg.c')).not.toHaveProperty('evidence');
    expect(checklist).toMatchObject({ done: 1, inProgress: 1, missing: ['reg.b'] });
  });
});
