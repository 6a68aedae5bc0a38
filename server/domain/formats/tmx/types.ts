// What reading and writing TMX share: the unit, the summary of a read, the languages kept, the error.
import { InvalidInput } from '../../errors';

/** A translation unit with both a German and a Polish variant. */
export interface TmxUnit {
  source: string;
  target: string;
  /** The `tuid` attribute, if any. */
  tuid: string | null;
}

export interface TmxReadSummary {
  /** Units emitted: translation units with a non-empty German and Polish segment. */
  units: number;
  /** Translation units skipped: a language missing, or a segment empty. */
  skipped: number;
}

/** The file is not well-formed XML or not a TMX document; `line` is 1-based, `column` as saxes counts it. */
export class TmxError extends InvalidInput {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`, { line, column }, 'invalid_tmx');
  }
}

export type TmxLanguage = 'de' | 'pl';

/** `de`, `de-DE`, `DE_at` … → 'de'; `pl`, `pl-PL` … → 'pl'; anything else null. */
export function tmxLanguage(code: string | undefined): TmxLanguage | null {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-_]*)?\s*$/.exec(code ?? '')?.[1]?.toLowerCase();
  return primary === 'de' || primary === 'pl' ? primary : null;
}
