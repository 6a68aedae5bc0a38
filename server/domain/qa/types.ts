// Quality checks on a German source and its Polish target. A check is pure: it sees the two texts and
// what the caller already knows (MT proposal, glossary matches, other approved translations) and
// returns issues as message codes with parameters; rendering them is the i18n layer's job.

export type QaSeverity = 'error' | 'warning' | 'info';

export const QA_SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

export interface QaIssue {
  /** The id of the check that found it, e.g. 'numbers'. */
  check: string;
  severity: QaSeverity;
  /** An i18n key in locales/<lang>/qa.json, e.g. 'qa.numbers.missing' (the file holds `numbers.missing`). */
  code: string;
  /** The message's interpolation values. */
  params: Record<string, string | number>;
}

export interface QaGlossaryEntry {
  source: string;
  target: string;
  /** Polish variants the glossary rules out for this term. */
  forbidden?: string[];
  /** Whether the glossary module found the term's Polish form (possibly inflected) in the target. */
  found: boolean;
  /** Whether the Polish form must match letter case; absent means it need not. */
  caseSensitive?: boolean;
}

export interface QaContext {
  /** The machine translation as DeepL returned it. */
  mtTarget?: string | null;
  /** Glossary terms whose German form occurs in the source. */
  glossary?: QaGlossaryEntry[];
  /** Approved targets of the same German sentence elsewhere in the project. */
  otherTranslations?: string[];
  /** True when a person changed the target after it was proposed. */
  edited?: boolean;
}

export type QaFinding = Omit<QaIssue, 'severity' | 'check'> & {
  /**
   * The check cannot be sure (a form it may not know): the issue is at most a warning, whatever the
   * project set, because an error blocks confirmation and must be right.
   */
  uncertain?: boolean;
};

export interface QaCheck {
  id: string;
  defaultSeverity: QaSeverity;
  /** False for a check a project must switch on (QaSettings.enabled); absent means on. */
  defaultEnabled?: false;
  /** Every code `run` can return, with the names of its parameters (tests hold the messages to it). */
  codes: Readonly<Record<string, readonly string[]>>;
  run(source: string, target: string, context: QaContext): QaFinding[];
}
