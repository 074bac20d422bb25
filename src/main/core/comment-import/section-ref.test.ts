import { describe, expect, it } from 'vitest';
import type { SectionRef } from '../../../shared/domain/rounds';
import { resolveSection } from './section-ref';

const sections: SectionRef[] = [
  { id: 's1', number: '1', title: 'Johdanto' },
  { id: 's2', number: '2', title: 'Opiskeluhuollon kokonaisuus' },
  { id: 's21', number: '2.1', title: 'Opiskeluhuollon palvelut' },
  { id: 's3', number: '3', title: 'Yhteistyö' },
  { id: 's4', number: '4', title: 'Opiskeluhuollon toteuttaminen' },
  { id: 's41', number: '4.1', title: 'Yhteisöllinen opiskeluhuolto' },
  { id: 's42', number: '4.2', title: 'Yksilökohtainen opiskeluhuolto' },
  { id: 's5', number: '5', title: 'Seuranta ja arviointi' },
];

const idOf = (hint: string) => resolveSection(hint, sections)?.id ?? null;

describe('naming a section from a survey cell or a Word heading', () => {
  it('finds outline numbers however they are written', () => {
    expect(idOf('4.1')).toBe('s41');
    expect(idOf('4.1.')).toBe('s41');
    expect(idOf(' 4.1 ')).toBe('s41');
    expect(idOf('Luku 4.1')).toBe('s41');
    expect(idOf('luku 4')).toBe('s4');
    expect(idOf('Kohta 2.1')).toBe('s21');
    expect(idOf('Kapitel 3')).toBe('s3');
    expect(idOf('Section 2.1')).toBe('s21');
    expect(idOf('Chapter 5')).toBe('s5');
    // Finnish Excel turns a typed 4.1 into the decimal 4,1.
    expect(idOf('4,1')).toBe('s41');
    // …and into the date 4.1.2026 when it is typed as such.
    expect(idOf('4.1.2026')).toBe('s41');
    expect(idOf('2.1.2025')).toBe('s21');
  });

  it('ignores a paragraph or page after the number', () => {
    expect(idOf('kohta 4.1 kappale 2')).toBe('s41');
    expect(idOf('4.1, kappale 2')).toBe('s41');
    expect(idOf('4.1 kpl 3')).toBe('s41');
    expect(idOf('Avsnitt 4.2 stycke 1')).toBe('s42');
    expect(idOf('Section 4.2, paragraph 3')).toBe('s42');
  });

  it('takes a number with its title, and trusts the title when the numbering changed', () => {
    expect(idOf('4.1 Yhteisöllinen opiskeluhuolto')).toBe('s41');
    expect(idOf('Luku 4: Opiskeluhuollon toteuttaminen')).toBe('s4');
    expect(idOf('3.2 Yhteisöllinen opiskeluhuolto')).toBe('s41');
    expect(idOf('4.2 Jokin muu otsikko')).toBe('s42');
  });

  it('finds a title alone, ignoring case, accents and spacing', () => {
    expect(idOf('Yhteisöllinen opiskeluhuolto')).toBe('s41');
    expect(idOf('  YHTEISÖLLINEN   opiskeluhuolto ')).toBe('s41');
    expect(idOf('yhteisollinen opiskeluhuolto')).toBe('s41');
    expect(idOf('Johdanto')).toBe('s1');
  });

  it('accepts part of a long title only when one title fits', () => {
    expect(idOf('Seuranta ja')).toBe('s5');
    expect(idOf('Yksilökohtainen')).toBe('s42');
    expect(idOf('Seuranta ja arviointi sekä raportointi')).toBe('s5');
    // Three titles start with it.
    expect(idOf('Opiskeluhuollon')).toBeNull();
    // Too short to be told from chance.
    expect(idOf('Yhteis')).toBeNull();
  });

  it('makes a comment about the whole plan general', () => {
    for (const hint of [
      '',
      '  ',
      '-',
      'Yleinen',
      'yleistä',
      'Koko suunnitelma',
      'General',
      'Allmänt',
    ]) {
      expect(idOf(hint)).toBeNull();
    }
  });

  it('leaves what it cannot place to the plan in general', () => {
    expect(idOf('7.3')).toBeNull();
    expect(idOf('Luku 9')).toBeNull();
    expect(idOf('Liikuntapaikat')).toBeNull();
    expect(idOf('Lukuvuosi 2025')).toBeNull();
  });
});
