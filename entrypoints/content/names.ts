/**
 * The names-only prefilter: every name people write, without the rest of the dataset.
 */
import { names } from 'virtual:ofsted-names';
import { buildNameMatcher } from '@/lib/engine/prefilter';

const matcher = buildNameMatcher(names);

/** True when the text might name an authority (false positives allowed). */
export const prefilter = (text: string): boolean => matcher.mayMentionAuthority(text);
