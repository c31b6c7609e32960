/**
 * The names-only prefilter, from the key the build computed: the content script
 * carries neither the dataset nor the name list, and builds nothing at page load.
 */
import { prefilter as key } from 'virtual:ofsted-names';
import { nameMatcherFromKey, type NameReader } from '@/lib/engine/prefilter';

const matcher = nameMatcherFromKey(key);

/** True when the text might name an authority (false positives allowed). */
export const prefilter = (text: string): boolean => matcher.mayMentionAuthority(text);

/** A reading of text that arrives in pieces (the first stage's walk feeds it the page's text nodes). */
export const nameReader = (): NameReader => matcher.reader();
