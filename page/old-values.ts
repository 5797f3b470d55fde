import type { TextSource } from '../lib/text-change';
import type { PageLayout, PageText } from './page-text';

/**
 * The text a page had when it was last read, given back after the page changed its DOM, so the
 * text itself need not be kept between reads (see `PageLayout`). A mutation observer with
 * `characterDataOldValue` reports each edit of a text node with the value before it: the first
 * such value of a node since the read is what the read saw. A node taken out of the page is noted
 * with its value then, since edits to a node outside the document are never reported (a framework
 * may edit a detached node and put it back). Every other node still holds what was read.
 * The text given back is checked against the offsets read: a node of another length means a change
 * went unseen, and the caller reads the page whole instead.
 */
export class OldValues {
  private values = new Map<Text, string>();
  /** Whether every change since the read was noted (the page was watched all along). */
  private tracked = false;

  /**
   * Notes what `records` tell of the nodes `keep` accepts (the nodes read; while a read is under
   * way, any node, since the nodes it reads are not known until it ends: see `carry`).
   */
  note(records: readonly MutationRecord[], keep: (node: Text) => boolean): void {
    // Edits first: a node taken out, then edited in the same batch, had the edit's old value.
    for (const r of records) {
      if (r.type !== 'characterData' || r.target.nodeType !== 3) continue;
      const node = r.target as Text;
      if (!this.values.has(node) && keep(node)) this.values.set(node, r.oldValue ?? '');
    }
    for (const r of records) {
      for (const gone of r.removedNodes) {
        if (gone.nodeType === 3) this.noteValue(gone as Text, keep);
        else if (gone.nodeType === 1) {
          // Shadow trees inside are observed themselves: their edits are reported out of the document too.
          const walker = gone.ownerDocument?.createTreeWalker(gone, NodeFilter.SHOW_TEXT);
          for (let node = walker?.nextNode(); node; node = walker?.nextNode()) this.noteValue(node as Text, keep);
        }
      }
    }
  }

  private noteValue(node: Text, keep: (node: Text) => boolean): void {
    if (!this.values.has(node) && keep(node)) this.values.set(node, node.data);
  }

  /** Whether every change since the last read was noted, so its text can be given back. */
  get isTracked(): boolean {
    return this.tracked;
  }

  /** What `node`, a node of the page last read, held then (see `NodesText`: its length is checked there). */
  valueOf(node: Text): string {
    return this.values.get(node) ?? node.data;
  }

  /** The text of `page`, the page last read; null if it cannot be known for certain. */
  text(page: PageLayout): string | null {
    if (!this.tracked) return null;
    const { nodes, starts, length } = page;
    const parts: string[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      const value = this.values.get(node) ?? node.data;
      const end = i + 1 < starts.length ? (starts[i + 1] as number) : length;
      if (value.length !== end - (starts[i] as number)) return null;
      parts[i] = value;
    }
    return parts.join('');
  }

  /**
   * `page` was read: from now on its text is the one given back (`tracked`: if the page was watched
   * from the start of the read). A node it holds that changed during the read is given the value the
   * read saw, copied: a slice would keep the whole text alive. `text` is the page's text, read only
   * where such a node lies.
   */
  carry(page: PageText, tracked: boolean, text: TextSource = page.text): void {
    const noted = this.values;
    this.values = new Map();
    this.tracked = tracked;
    if (noted.size === 0) return;
    const { nodes, starts } = page;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      if (!noted.has(node)) continue;
      const end = i + 1 < starts.length ? (starts[i + 1] as number) : text.length;
      this.values.set(node, copy(text.slice(starts[i] as number, end)));
    }
  }

  /** Changes may go unseen from now on (the page is no longer watched): nothing is given back. */
  forget(): void {
    this.values = new Map();
    this.tracked = false;
  }

  /** Nodes noted (for tests). */
  get size(): number {
    return this.values.size;
  }
}

/** A string of its own: engines keep a long slice as a view of the string it was cut from. */
const copy = (s: string): string => ` ${s}`.slice(1);
