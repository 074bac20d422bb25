import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { useSyncExternalStore } from 'react';
import { $readFormatState, emptyFormatState, type FormatState } from './formatting';

export interface EditorUiState extends FormatState {
  canUndo: boolean;
  canRedo: boolean;
}

const idle: EditorUiState = { ...emptyFormatState, canUndo: false, canRedo: false };

interface Store {
  get: () => EditorUiState;
  subscribe: (listener: () => void) => () => void;
}

const stores = new WeakMap<LexicalEditor, Store>();

/** The states are small plain objects, so comparing their JSON is enough. */
function sameState(a: EditorUiState, b: EditorUiState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The toolbar state of one editor, recomputed after each update. Created when the editor mounts
 * (`trackEditor`), so that it sees every undo/redo availability change from the start.
 */
function storeOf(editor: LexicalEditor): Store {
  let store = stores.get(editor);
  if (store) return store;
  let value = idle;
  const listeners = new Set<() => void>();
  const set = (next: EditorUiState) => {
    if (sameState(value, next)) return;
    value = next;
    for (const listener of listeners) listener();
  };
  const read = (state: EditorState) => state.read($readFormatState, { editor });
  value = { ...idle, ...read(editor.getEditorState()) };
  // These registrations live exactly as long as the editor, which removes them when disposed.
  editor.registerUpdateListener(({ editorState }) => set({ ...value, ...read(editorState) }));
  editor.registerCommand(
    CAN_UNDO_COMMAND,
    (canUndo) => {
      set({ ...value, canUndo });
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  editor.registerCommand(
    CAN_REDO_COMMAND,
    (canRedo) => {
      set({ ...value, canRedo });
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  store = {
    get: () => value,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  stores.set(editor, store);
  return store;
}

/** Starts following an editor's state; call once when it mounts. */
export function trackEditor(editor: LexicalEditor): void {
  storeOf(editor);
}

const noEditor: Store = { get: () => idle, subscribe: () => () => undefined };

/** The toolbar state of `editor` (idle when there is none). */
export function useEditorUiState(editor: LexicalEditor | null): EditorUiState {
  const store = editor ? storeOf(editor) : noEditor;
  return useSyncExternalStore(store.subscribe, store.get);
}
