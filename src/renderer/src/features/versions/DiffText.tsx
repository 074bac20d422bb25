import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../../shared/domain/versions';

/** Cells of a table row arrive as "cell | cell". */
const CELL_SEPARATOR = ' | ';

/** A table row's text with its cell boundaries drawn as rules rather than pipe characters. */
function Cells({ text }: { text: string }) {
  const cells = text.split(CELL_SEPARATOR);
  return cells.map((cell, index) => (
    <Fragment key={index}>
      {index > 0 && <span className="diff-cell-separator">{CELL_SEPARATOR}</span>}
      {cell}
    </Fragment>
  ));
}

/**
 * Text with word-level changes: insertions underlined, deletions struck through, each also in
 * colour and introduced for screen readers ("lisätty:", "poistettu:"), so none relies on colour.
 */
export function DiffText({ parts, cells = false }: { parts: DiffPart[]; cells?: boolean }) {
  const { t } = useTranslation();
  return parts.map((part, index) => {
    const text = cells ? <Cells text={part.text} /> : part.text;
    if (part.op === 'equal') return <Fragment key={index}>{text}</Fragment>;
    const Tag = part.op === 'insert' ? 'ins' : 'del';
    const spoken = t(
      part.op === 'insert' ? 'versions.compare.inserted' : 'versions.compare.deleted',
    );
    return (
      <Tag key={index} className={`diff-${part.op}`}>
        {part.text.trim() !== '' && <span className="visually-hidden">{spoken} </span>}
        {text}
      </Tag>
    );
  });
}
