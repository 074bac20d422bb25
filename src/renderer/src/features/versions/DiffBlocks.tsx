import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffBlock } from '../../../../shared/domain/versions';
import { DiffText } from './DiffText';

interface DiffBlocksProps {
  blocks: DiffBlock[];
  /** Runs of unchanged blocks shrink to "3 kappaletta ennallaan". */
  onlyChanges: boolean;
  /** Whether each changed block is a stop for "Seuraava muutos" (not in whole added sections). */
  blockStops: boolean;
}

/** A run of blocks drawn together: list items in one list, table rows in one table. */
type Run =
  | { kind: 'listItem' | 'tableRow'; blocks: DiffBlock[] }
  | { kind: 'single'; block: DiffBlock }
  | { kind: 'unchanged'; count: number };

function runsOf(blocks: DiffBlock[], onlyChanges: boolean): Run[] {
  const runs: Run[] = [];
  for (const block of blocks) {
    const last = runs.at(-1);
    if (onlyChanges && block.change === 'equal') {
      if (last?.kind === 'unchanged') last.count += 1;
      else runs.push({ kind: 'unchanged', count: 1 });
    } else if (block.kind === 'listItem' || block.kind === 'tableRow') {
      if (last?.kind === block.kind) last.blocks.push(block);
      else runs.push({ kind: block.kind, blocks: [block] });
    } else {
      runs.push({ kind: 'single', block });
    }
  }
  return runs;
}

/** The blocks of a section's text, compared: each one as what it is, with its word changes. */
export function DiffBlocks({ blocks, onlyChanges, blockStops }: DiffBlocksProps) {
  const { t } = useTranslation();
  const stop = (block: DiffBlock) =>
    blockStops && block.change !== 'equal' ? { 'data-change-stop': true, tabIndex: -1 } : undefined;
  const className = (block: DiffBlock, base: string) => `${base} diff-block change-${block.change}`;

  const render = (run: Run, index: number): ReactNode => {
    switch (run.kind) {
      case 'unchanged':
        return (
          <p key={index} className="diff-unchanged-blocks">
            {t('versions.compare.unchangedBlocks', { count: run.count })}
          </p>
        );
      case 'listItem':
        return (
          <ul key={index} className="diff-list">
            {run.blocks.map((block, item) => (
              <li key={item} className={className(block, 'diff-list-item')} {...stop(block)}>
                <DiffText parts={block.parts} />
              </li>
            ))}
          </ul>
        );
      case 'tableRow':
        return (
          <div key={index} className="diff-table">
            {run.blocks.map((block, row) => (
              <p key={row} className={className(block, 'diff-table-row')} {...stop(block)}>
                <span className="visually-hidden">{t('versions.compare.tableRow')} </span>
                <DiffText parts={block.parts} cells />
              </p>
            ))}
          </div>
        );
      case 'single': {
        const { block } = run;
        const Tag = block.kind === 'quote' ? 'blockquote' : 'p';
        return (
          <Tag key={index} className={className(block, `diff-${block.kind}`)} {...stop(block)}>
            <DiffText parts={block.parts} />
          </Tag>
        );
      }
    }
  };
  return <div className="diff-blocks">{runsOf(blocks, onlyChanges).map(render)}</div>;
}
