/**
 * The content script's first stage reads the page with this walk: each piece of text goes
 * straight to a names prefilter's reader (lib/engine/prefilter.ts) as the walk meets it, so the
 * page's text is never joined or held, and the walk stops at the first possible name.
 */
import { TagWalk } from './walker';

/** A piece longer than this is read in parts between slices, not inside the walk's step. */
export const LONG_PIECE = 65_536;

export class PrefilterWalk extends TagWalk {
  /** Whether the text read so far holds a possible name. */
  found = false;
  /**
   * Pieces too long to read inside a step (a 10 MB text node), and every piece after them, in
   * order: `readLong` reads them, yielding between parts.
   */
  private queued: string[] = [];

  /** `read`: the prefilter's reader, given each piece in order; true once it has seen a possible name. */
  constructor(
    root: Node,
    private readonly read: (piece: string) => boolean,
  ) {
    super(root);
  }

  /** True when the step should stop: a name found, or a long piece waiting to be read. */
  readonly stop = (): boolean => this.found || this.queued.length > 0;

  protected write(piece: string): void {
    if (this.found) return;
    if (this.queued.length > 0 || piece.length > LONG_PIECE) this.queued.push(piece);
    else this.found = this.read(piece);
  }

  /** Reads the queued pieces, `LONG_PIECE` characters at a time, awaiting `pause()` when `shouldYield()` says so. */
  async readLong(shouldYield: () => boolean, pause: () => Promise<void>): Promise<void> {
    const pieces = this.queued;
    this.queued = [];
    for (const piece of pieces) {
      for (let at = 0; at < piece.length && !this.found; at += LONG_PIECE) {
        this.found = this.read(piece.slice(at, at + LONG_PIECE));
        if (!this.found && shouldYield()) await pause();
      }
    }
  }
}
