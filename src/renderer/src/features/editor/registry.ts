import type { LexicalEditor } from 'lexical';

/** The section editor the toolbar acts on: the one focused last. */
export interface ActiveEditor {
  sectionId: string;
  editor: LexicalEditor;
}

/**
 * Every mounted section editor by section id, and which one is active. The outline uses it to
 * put the caret in a section; the toolbar follows the active editor. Subscribers hear of both
 * editors coming and the active one changing.
 */
export class EditorRegistry {
  private readonly editors = new Map<string, LexicalEditor>();
  private active: ActiveEditor | null = null;
  private readonly listeners = new Set<() => void>();
  /**
   * A section asked to be focused before its editor was mounted (editors mount one at a time,
   * and a new section's text arrives a moment later), and where the focus was at that time.
   */
  private pendingFocus: { sectionId: string; from: unknown } | null = null;

  /** `focusedElement` is where keyboard focus is now (a parameter so tests need no DOM). */
  constructor(private readonly focusedElement: () => unknown = () => document.activeElement) {}

  /**
   * Adds a mounted editor; the first one becomes active so the toolbar has a target at once. A
   * focus asked for while it was mounting is given now, unless the user has moved focus since.
   */
  register(sectionId: string, editor: LexicalEditor): () => void {
    this.editors.set(sectionId, editor);
    if (this.active) this.notify();
    else this.setActive({ sectionId, editor });
    const pending = this.pendingFocus;
    if (pending?.sectionId === sectionId) {
      this.pendingFocus = null;
      if (this.focusedElement() === pending.from) this.focus(sectionId);
    }
    return () => {
      if (this.editors.get(sectionId) === editor) this.editors.delete(sectionId);
      if (this.active?.editor === editor) this.setActive(null);
    };
  }

  /**
   * Puts the caret at the start of a section's text. When its editor is not mounted yet, that
   * happens as it mounts, and this says false. Lexical's own `focus` only places its selection,
   * which does not focus an empty editor.
   */
  focus(sectionId: string): boolean {
    const editor = this.editors.get(sectionId);
    const root = editor?.getRootElement();
    if (!editor || !root) {
      this.pendingFocus = { sectionId, from: this.focusedElement() };
      return false;
    }
    this.pendingFocus = null;
    root.focus({ preventScroll: true });
    editor.focus(undefined, { defaultSelection: 'rootStart' });
    return true;
  }

  /** The mounted editor of a section, if any (comment highlights and passages look into it). */
  get(sectionId: string): LexicalEditor | undefined {
    return this.editors.get(sectionId);
  }

  setActive(active: ActiveEditor | null): void {
    if (active?.editor === this.active?.editor) return;
    this.active = active;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  getActive = (): ActiveEditor | null => this.active;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
