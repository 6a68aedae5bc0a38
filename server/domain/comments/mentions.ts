// `@name` in a comment: which project members a text mentions. A member is mentioned by their handle
// (the name without spaces, "@AnnaNowak"), by the part of their e-mail address before the @
// ("@anna.nowak"), or by their first name when no other member shares it ("@Anna"); case and
// diacritics do not matter. Anything else after an @ (a non-member, an e-mail address) mentions nobody.

export interface MentionCandidate {
  id: string;
  name: string;
  email: string;
}

// An @ at the start or after a character that cannot be part of a word or an address, then a word.
// One pass, no nested quantifiers: linear in the text's length.
const MENTION = /(?:^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}][\p{L}\p{N}_.-]{0,99})/gu;

/** Lower case without diacritics ("Zieliński" → "zielinski"); letters like ł stay as they are. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('pl');

/** The handle a member is mentioned by, as the client offers it: the name without whitespace. */
export const mentionHandle = (candidate: Pick<MentionCandidate, 'name'>): string => candidate.name.replace(/\s+/g, '');

function handlesByMember(candidates: readonly MentionCandidate[]): Map<string, string> {
  const owners = new Map<string, string>();
  const firstNames = new Map<string, string[]>();
  for (const candidate of candidates) {
    for (const handle of [mentionHandle(candidate), candidate.email.split('@')[0] ?? '']) {
      const key = fold(handle);
      if (key !== '' && !owners.has(key)) owners.set(key, candidate.id);
    }
    const first = fold(candidate.name.trim().split(/\s+/)[0] ?? '');
    if (first !== '') firstNames.set(first, [...(firstNames.get(first) ?? []), candidate.id]);
  }
  for (const [first, ids] of firstNames) if (ids.length === 1 && !owners.has(first)) owners.set(first, ids[0]);
  return owners;
}

/** The ids of the candidates `text` mentions, each once, in order of first mention. */
export function findMentions(text: string, candidates: readonly MentionCandidate[]): string[] {
  if (!text.includes('@') || candidates.length === 0) return [];
  const owners = handlesByMember(candidates);
  const found: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    // A sentence may end right after a mention ("… @Anna."): trailing dots and dashes are not the name.
    const word = match[1].replace(/[.-]+$/, '');
    const id = owners.get(fold(word));
    if (id !== undefined && !found.includes(id)) found.push(id);
  }
  return found;
}
