// The project's segmentation additions changed one entry at a time. Each function returns new rules
// (the whole set is what PUT /api/projects/:id/segmentation takes); nothing is changed in place, and
// what the screen does not edit (lists an SRX import brought) is kept as it is.
import type { AbbreviationKind, LanguageRuleAdditions, ProjectSegmentationRules, SegmentationException } from '../api/types';

export type RulesLanguage = 'de' | 'pl';

const withLanguage = (rules: ProjectSegmentationRules, lang: RulesLanguage, change: (current: LanguageRuleAdditions) => LanguageRuleAdditions): ProjectSegmentationRules => ({
  ...rules,
  [lang]: change(rules[lang] ?? {}),
});

export const addAbbreviation = (rules: ProjectSegmentationRules, lang: RulesLanguage, text: string, kind: AbbreviationKind): ProjectSegmentationRules =>
  withLanguage(rules, lang, (current) => ({ ...current, abbreviations: { ...current.abbreviations, [text.trim()]: kind } }));

export const removeAbbreviation = (rules: ProjectSegmentationRules, lang: RulesLanguage, text: string): ProjectSegmentationRules =>
  withLanguage(rules, lang, (current) => ({
    ...current,
    abbreviations: Object.fromEntries(Object.entries(current.abbreviations ?? {}).filter(([abbreviation]) => abbreviation !== text)),
  }));

/** A new exception goes first: project exceptions are tried in order, before the built-in rules. */
export const addException = (rules: ProjectSegmentationRules, lang: RulesLanguage, exception: SegmentationException): ProjectSegmentationRules =>
  withLanguage(rules, lang, (current) => ({ ...current, exceptions: [exception, ...(current.exceptions ?? [])] }));

export const removeException = (rules: ProjectSegmentationRules, lang: RulesLanguage, index: number): ProjectSegmentationRules =>
  withLanguage(rules, lang, (current) => ({ ...current, exceptions: (current.exceptions ?? []).filter((_, i) => i !== index) }));

/** The abbreviations sorted as a dictionary would (case and accents aside). */
export const sortedAbbreviations = (additions: LanguageRuleAdditions | undefined, lang: RulesLanguage): [string, AbbreviationKind][] =>
  Object.entries(additions?.abbreviations ?? {}).sort(([a], [b]) => a.localeCompare(b, lang, { sensitivity: 'base' }));

const LIST_FIELDS = ['abbreviationSuffixes', 'sentenceStarters', 'months', 'ordinalContext', 'ordinalJoiners'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The word lists an import added besides abbreviations and exceptions, with their sizes (empty ones left out). */
export const otherLists = (additions: LanguageRuleAdditions | undefined): { field: ListField; count: number }[] =>
  LIST_FIELDS.map((field) => ({ field, count: additions?.[field]?.length ?? 0 })).filter((list) => list.count > 0);
