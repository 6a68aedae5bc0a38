// The inverted index behind concordance search: folded word → the slots of the units holding it, for
// one side (German sources or Polish targets) of a translation memory (memory.ts). Words are interned
// to ids and the lists packed into one Int32Array (postings.ts), which is also what a snapshot of the
// memory writes. Lists only grow: a changed unit adds its new words (its slot then appears out of
// order, which concordance does not mind) and keeps stale entries, which the search's check of the
// text filters out.
import { concordanceWords, termMatches, type ConcordanceTerm } from './concordance';
import { Postings, type PostingsImage } from './postings';

export interface ConcordanceIndexImage {
  /** The words by id. */
  words: string[];
  postings: PostingsImage;
}

export class ConcordanceIndex {
  private readonly idOf: Map<string, number>;
  private readonly words: string[];
  private readonly postings: Postings;

  constructor(image?: ConcordanceIndexImage) {
    this.words = image ? image.words : [];
    this.idOf = new Map(this.words.map((word, id) => [word, id]));
    this.postings = image ? Postings.fromImage(image.postings) : new Postings();
  }

  image(): ConcordanceIndexImage {
    return { words: this.words, postings: this.postings.image() };
  }

  /** Lists `slot` under the words of `text` that `before` (its previous text) did not hold. */
  post(slot: number, text: string, before: string | undefined): void {
    if (text === before) return;
    const had = new Set(before === undefined ? [] : concordanceWords(before));
    for (const word of concordanceWords(text)) {
      if (had.has(word)) continue;
      let id = this.idOf.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(word);
        this.idOf.set(word, id);
      }
      this.postings.add(id, slot);
    }
  }

  /** The word ids a term stands for: its word, or every word starting with a prefix term. */
  private idsOf(term: ConcordanceTerm): number[] {
    if (!term.prefix) {
      const id = this.idOf.get(term.norm);
      return id === undefined ? [] : [id];
    }
    const ids: number[] = [];
    this.words.forEach((word, id) => {
      if (termMatches(term, word)) ids.push(id);
    });
    return ids;
  }

  /**
   * The slots listed under the term of the query with the fewest entries (every unit holding all the
   * words is among them), each once; stale entries included.
   */
  candidates(terms: readonly ConcordanceTerm[]): number[] {
    let best: number[] = [];
    let size = Number.POSITIVE_INFINITY;
    for (const term of terms) {
      const ids = this.idsOf(term);
      const termSize = ids.reduce((n, id) => n + this.postings.frequency(id), 0);
      if (termSize < size) {
        size = termSize;
        best = ids;
      }
    }
    const slots = new Set<number>();
    const { pool } = this.postings;
    for (const id of best) {
      for (let block = this.postings.newest(id); block !== -1; block = pool[block]) {
        const end = this.postings.blockEnd(id, block);
        for (let i = block + 2; i < end; i++) slots.add(pool[i]);
      }
    }
    return [...slots];
  }
}
