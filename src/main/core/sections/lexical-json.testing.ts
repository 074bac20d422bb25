import type { LexicalNodeJson } from '../../../shared/domain/lexical';

/** Serialized Lexical nodes for tests that edit stored section text. */
export const text = (value: string, format = 0): LexicalNodeJson => ({
  type: 'text',
  version: 1,
  text: value,
  format,
});

export const element = (type: string, ...children: LexicalNodeJson[]): LexicalNodeJson => ({
  type,
  version: 1,
  children,
});
