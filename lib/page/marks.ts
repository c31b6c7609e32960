/**
 * The annotator's marks: every mention and claim located on the page, found by text
 * node, in document order, and which of them are shown (the reader's mark choice and
 * "Not a claim"s) and painted (one word, one mark: the strongest verdict on any words).
 */
import type { Claim } from '../engine/types';
import type { MarkChoice } from '../storage';
import { claimKey } from '../ui/claim-key';
import { compareVerdicts, needsAttention } from '../ui/verdicts';

/** One mark: a mention of an authority, or a claim with its verdict. */
export interface Mark {
  range: Range;
  /** For claims: the sentence around it, for the popup. */
  sentence: string;
  nodes: Text[];
  authority: string;
  claim: Claim | null;
}

/** `node`, or the outermost shadow host it is inside: the node standing for it in the document's own tree. */
function inDocument(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

export class MarkStore {
  private list: Mark[] = [];
  private readonly byNode = new Map<Text, Mark[]>();
  /** Keys of claims the reader marked "Not a claim" on this page. */
  private dismissed = new Set<string>();
  /** Claims covered by a stronger verdict on the same words: not painted (one word, one mark). */
  private covered = new Set<Mark>();
  /** Which claims get a mark: all, or only those needing attention. */
  choice: MarkChoice = 'all';

  /** Every mark, in document order once `sort` has run. */
  get all(): readonly Mark[] {
    return this.list;
  }

  /** The marks on a text node. */
  on(node: Text): readonly Mark[] {
    return this.byNode.get(node) ?? [];
  }

  /** Whether the same mark (same words, authority, kind and verdict) is already held. */
  has(range: Range, authority: string, claim: Claim | null): boolean {
    return this.on(range.startContainer as Text).some(
      (m) =>
        m.authority === authority &&
        (m.claim === null) === (claim === null) &&
        (!claim || m.claim?.verdict === claim.verdict) &&
        m.range.startContainer === range.startContainer &&
        m.range.startOffset === range.startOffset &&
        m.range.endContainer === range.endContainer &&
        m.range.endOffset === range.endOffset,
    );
  }

  add(mark: Mark): void {
    this.list.push(mark);
    for (const node of mark.nodes) {
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push(mark);
    }
  }

  /** Removes the marks `drop` picks, telling `removed` of each; true when any went. */
  remove(drop: (mark: Mark) => boolean, removed: (mark: Mark) => void): boolean {
    const before = this.list.length;
    this.list = this.list.filter((mark) => {
      if (!drop(mark)) return true;
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((m) => m !== mark);
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
      removed(mark);
      return false;
    });
    return this.list.length !== before;
  }

  clear(): void {
    this.list = [];
    this.byNode.clear();
  }

  /** Document order (a shadow root's marks stand where its host is); mentions before claims on the same words. */
  sort(): void {
    this.list.sort((a, b) => {
      const ra = a.range.startContainer.getRootNode();
      const rb = b.range.startContainer.getRootNode();
      if (ra === rb) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || (a.claim ? 1 : -1);
      const pa = inDocument(a.range.startContainer);
      const pb = inDocument(b.range.startContainer);
      if (pa === pb) return 0;
      return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** Sets the keys of claims the reader said are not claims; false when nothing changed. */
  setDismissed(keys: Iterable<string>): boolean {
    const next = new Set(keys);
    if (next.size === this.dismissed.size && [...next].every((k) => this.dismissed.has(k))) return false;
    this.dismissed = next;
    return true;
  }

  /** Adds one "Not a claim" key. */
  dismiss(key: string): void {
    this.dismissed = new Set([...this.dismissed, key]);
  }

  private isDismissed(mark: Mark): boolean {
    return !!mark.claim && this.dismissed.size > 0 && this.dismissed.has(claimKey(mark.claim, mark.sentence));
  }

  isShown(mark: Mark): boolean {
    if (this.isDismissed(mark)) return false;
    return this.choice === 'all' || !mark.claim || needsAttention(mark.claim.verdict);
  }

  /** Shown and not covered by a stronger verdict on the same words. */
  isPainted(mark: Mark): boolean {
    return this.isShown(mark) && !this.covered.has(mark);
  }

  /** Claims the popup lists: every claim but those the reader dismissed, in page order. */
  listedClaims(): Mark[] {
    return this.list.filter((m) => m.claim && !this.isDismissed(m));
  }

  /** The popup's and the badge's counts: claims listed, and those needing attention. */
  counts(): { claims: number; attention: number } {
    const claims = this.listedClaims();
    return { claims: claims.length, attention: claims.filter((m) => needsAttention(m.claim!.verdict)).length };
  }

  /** Other shown claims whose words overlap this mark's. */
  overlappingClaims(mark: Mark): Mark[] {
    const out = new Set<Mark>();
    for (const node of mark.nodes) {
      for (const other of this.on(node)) {
        if (other === mark || !other.claim || !this.isShown(other)) continue;
        if (other.range.startContainer.getRootNode() !== mark.range.startContainer.getRootNode()) continue;
        const overlaps =
          other.range.compareBoundaryPoints(Range.START_TO_END, mark.range) > 0 &&
          other.range.compareBoundaryPoints(Range.END_TO_START, mark.range) < 0;
        if (overlaps) out.add(other);
      }
    }
    return [...out];
  }

  /** A mention inside a claim's words (the claim's mark stands for both). */
  isInsideClaim(mark: Mark): boolean {
    if (mark.claim) return false;
    return this.on(mark.nodes[0]!).some(
      (m) =>
        m.claim &&
        m.range.compareBoundaryPoints(Range.START_TO_START, mark.range) <= 0 &&
        m.range.compareBoundaryPoints(Range.END_TO_END, mark.range) >= 0,
    );
  }

  /**
   * One word, one mark: works out which claims a stronger verdict's overlapping words cover
   * (not painted). A sweep over the claims in document order, comparing each only with the
   * claims still open at its start (a 10 MB single text node holds thousands of marks in one node).
   */
  updateCovered(): void {
    const covered = new Set<Mark>();
    let open: Mark[] = [];
    for (const mark of this.list) {
      if (!mark.claim || !this.isShown(mark)) continue;
      const root = mark.range.startContainer.getRootNode();
      open = open.filter(
        (o) => o.range.startContainer.getRootNode() === root && o.range.compareBoundaryPoints(Range.START_TO_END, mark.range) > 0,
      );
      for (const o of open) {
        const order = compareVerdicts(o.claim!.verdict, mark.claim.verdict);
        if (order < 0) covered.add(mark);
        else if (order > 0) covered.add(o);
      }
      open.push(mark);
    }
    this.covered = covered;
  }
}
