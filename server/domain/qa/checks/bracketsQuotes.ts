// Brackets and quotation marks in the target come in pairs. Polish quotes „…”, with «…» or »…« for a
// quote inside a quote; straight "…" pass when paired. German „…“ and English “…” use “, which Polish
// never does: that is reported on its own. An imbalance the source has too (a list item "a)", a
// sentence split inside a parenthesis) is the source's, not the translation's.
import { proseOf } from '../text';
import type { QaCheck, QaFinding } from '../types';

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '”': '„“', '“': '„' };
const OPENING = new Set(['(', '[', '„']);

const PAIRED = /[()[\]„“”«»"]/;

/** The bracket and quote characters left without a partner, in order of appearance. */
function unmatched(text: string): string[] {
  if (!PAIRED.test(text)) return []; // most sentences have none
  const stack: { ch: string; at: number }[] = [];
  const lonely: { ch: string; at: number }[] = [];
  let straightOpen: number | null = null;
  [...proseOf(text)].forEach((ch, at) => {
    const top = stack[stack.length - 1];
    if (OPENING.has(ch)) stack.push({ ch, at });
    else if (ch === '»' || ch === '«') {
      // guillemets point either way (»…« in German and Polish books, «…» in Polish and French)
      if (top && top.ch === (ch === '»' ? '«' : '»')) stack.pop();
      else stack.push({ ch, at });
    } else if (ch === '"') {
      if (straightOpen === null) straightOpen = at;
      else straightOpen = null;
    } else if (CLOSING[ch] !== undefined) {
      if (top && (CLOSING[ch] as string).includes(top.ch)) stack.pop();
      else if (ch === '“') stack.push({ ch, at }); // English “…”: an opening quote
      else lonely.push({ ch, at });
    }
  });
  if (straightOpen !== null) lonely.push({ ch: '"', at: straightOpen });
  return [...stack, ...lonely].sort((a, b) => a.at - b.at).map(({ ch }) => ch);
}

/** Quotes count as one kind across languages: a German „ pairs with a Polish „, “ with ”. */
const KIND: Record<string, string> = { '“': '”', '«': '»' };

export const bracketsQuotes: QaCheck = {
  id: 'brackets_quotes',
  defaultSeverity: 'warning',
  codes: { 'qa.brackets_quotes.unmatched': ['char'], 'qa.brackets_quotes.german_quote': ['found'] },
  run(source, target) {
    const issues: QaFinding[] = [];
    if (proseOf(target).includes('“')) issues.push({ code: 'qa.brackets_quotes.german_quote', params: { found: '“' } });
    const allowance = new Map<string, number>();
    for (const ch of unmatched(source)) allowance.set(KIND[ch] ?? ch, (allowance.get(KIND[ch] ?? ch) ?? 0) + 1);
    const reported = new Set<string>();
    for (const ch of unmatched(target)) {
      const kind = KIND[ch] ?? ch;
      const left = allowance.get(kind) ?? 0;
      if (left > 0) allowance.set(kind, left - 1);
      else if (!reported.has(ch)) {
        reported.add(ch);
        issues.push({ code: 'qa.brackets_quotes.unmatched', params: { char: ch } });
      }
    }
    return issues;
  },
};
