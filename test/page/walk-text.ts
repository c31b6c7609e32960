/**
 * The tests' whole-page walk: walks `root` to the end in one go (lib/page/walker.ts's
 * TextWalk) and leaves out text hidden by CSS, as the annotator does node by node.
 */
import { BLOCK_BREAK, TextWalk } from '../../lib/page/walker';
import { Segments, type TextSegment, type WalkedText } from '../../lib/page/segments';
import { textVisibility } from '../../lib/page/visibility';

/**
 * Walks `root` to the end in one go and returns its visible text (see `TextWalk`),
 * without text hidden by CSS: a line break stands wherever hidden text was cut out
 * of a line of text.
 */
export function walkText(root: Node): WalkedText {
  const walk = new TextWalk(root, new Segments());
  walk.step();
  const { text, segments } = walk.result();
  const shown = textVisibility();
  if ([...segments].every((s) => shown(s.node))) return { text, segments };
  const parts: string[] = [];
  const kept = new Segments();
  let length = 0;
  let previous: TextSegment | null = null;
  for (const segment of segments) {
    if (!shown(segment.node)) continue;
    // Something stood between it and the text before (a break, or hidden text): keep them apart.
    if (previous && segment.start !== previous.end) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    const data = text.slice(segment.start, segment.end);
    kept.push(segment.node, length, length + data.length);
    parts.push(data);
    length += data.length;
    previous = segment;
  }
  kept.text = parts.join('');
  return { text: kept.text, segments: kept };
}
