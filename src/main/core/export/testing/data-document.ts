import type { EditorStateJson, LexicalNodeJson } from '../../../../shared/domain/lexical';
import {
  DATA_BLOCK_TYPE,
  type DataBlock,
  type PlanData,
} from '../../../../shared/domain/plan-data';
import type { ExportDocument } from '../document';

/** A live block node as the editor stores it. */
export const dataBlockNode = (block: DataBlock | object): LexicalNodeJson => ({
  type: DATA_BLOCK_TYPE,
  version: 1,
  block,
});

const paragraph = (text: string): LexicalNodeJson => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0 }],
});

/**
 * A two-section plan whose text holds every kind of live block (and a chart of a removed
 * indicator, and a damaged block), for the export tests of the blocks.
 */
export function dataBlockDocument(data: PlanData | null): ExportDocument {
  const root = (...children: LexicalNodeJson[]): EditorStateJson => ({
    root: { type: 'root', version: 1, children },
  });
  return {
    meta: {
      title: 'Keski-Suomen opiskeluhuoltosuunnitelma',
      region: 'Keski-Suomen hyvinvointialue',
      period: '2026–2029',
      language: 'fi',
      helsinki: false,
    },
    outline: [
      {
        id: 'need',
        parentId: null,
        title: 'Voimavarat',
        depth: 1,
        number: '1',
        templateKey: null,
        words: 3,
      },
      {
        id: 'follow',
        parentId: null,
        title: 'Seuranta',
        depth: 1,
        number: '2',
        templateKey: null,
        words: 3,
      },
    ],
    content: new Map([
      [
        'need',
        root(
          paragraph('Henkilöstö alueittain ja asteittain:'),
          dataBlockNode({ kind: 'staffing', levelGroup: null }),
          dataBlockNode({ kind: 'shortfall' }),
          dataBlockNode({ kind: 'providers' }),
        ),
      ],
      [
        'follow',
        root(
          paragraph('Mittaristo ja sen kehitys:'),
          dataBlockNode({ kind: 'indicators' }),
          dataBlockNode({ kind: 'indicatorChart', indicatorId: 'ind-1' }),
          dataBlockNode({ kind: 'indicatorChart', indicatorId: 'removed' }),
          dataBlockNode({ kind: 'staffing', levelGroup: 'everyone' }),
        ),
      ],
    ]),
    checklist: {
      catalogueVersion: '2026-11-28',
      items: [],
      total: 0,
      done: 0,
      inProgress: 0,
      missing: [],
    },
    data,
    version: null,
    digest: 'd'.repeat(64),
    milestones: [],
  };
}
