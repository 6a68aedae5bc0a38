// SRX 2.0 (Segmentation Rules eXchange) for the segmentation rules: export for other CAT tools, import
// of their files. The regex shapes live in ./srxPatterns.ts. An exported file lists, per language, the
// exceptions, the abbreviations (break="no"), the ordinal, initial and Roman numeral rules (break="no",
// unless a sentence starter follows) and the sentence ends (break="yes"). Import reads each rule back
// into the data it came from; a rule of another shape becomes an exception, except generic
// end-of-sentence rules, which the segmenter has built in.
import type RE2 from 're2';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_XML_DEPTH } from '../xml/depth';
import { InvalidInput } from '../errors';
import { XML_DECLARATION, xmlEmptyElement, xmlEndTag, xmlStartTag, xmlTextElement } from '../xml/element';
import { compileException } from './compiled';
import {
  CAPITAL_GUARD,
  parseAbbreviations,
  parseAbbreviationAfter,
  parseMonths,
  parseOrdinalAlone,
  parseOrdinalContext,
  parseOrdinalJoiners,
  parseStarterGuard,
  parseSuffix,
  SHAPES,
  starterGuard,
} from './srxPatterns';
import {
  emptyLanguageRules,
  SEGMENTATION_LANGUAGES,
  type AbbreviationKind,
  type LanguageRules,
  type SegmentationException,
  type SegmentationLanguage,
  type SegmentationRules,
} from './rules';
import { compileUserPattern } from './userPatterns';

const RULE_NAMES: Record<SegmentationLanguage, string> = { de: 'German', pl: 'Polish' };

type Rule = SegmentationException & { comment?: string };

function languageRules(rules: LanguageRules): Rule[] {
  const out: Rule[] = [];
  const add = (comment: string | undefined, list: SegmentationException[]) =>
    list.forEach((rule, i) => out.push({ ...rule, ...(i === 0 && comment ? { comment } : {}) }));
  const guard = starterGuard(rules.sentenceStarters);
  const ofKind = (kind: AbbreviationKind): string[] =>
    Object.entries(rules.abbreviations).flatMap(([text, k]) => (k === kind ? [text] : []));
  // One rule each; those that may end a sentence share one rule, so the long guard appears once.
  const abbreviations = (kind: AbbreviationKind, after: string): SegmentationException[] =>
    ofKind(kind).map((text) => ({ break: false, before: SHAPES.abbreviations([text]), after }));
  const mayEnd = ofKind('may_end');
  const { afterContext, alone } = rules.ordinalDigits;
  const no = (before: string, after: string): SegmentationException[] => [{ break: false, before, after }];

  add('Exceptions', rules.exceptions);
  add('Abbreviations that never end a sentence', [
    ...abbreviations('never_ends', SHAPES.afterAbbreviation.never_ends),
    ...rules.abbreviationSuffixes.map((s) => ({ break: false, before: SHAPES.suffix(s), after: '\\s' })),
  ]);
  add('Abbreviations that stay open before a number', abbreviations('before_number', SHAPES.afterAbbreviation.before_number));
  add(
    'Abbreviations that end a sentence before a sentence start',
    mayEnd.length ? no(SHAPES.abbreviations(mayEnd), rules.nounsCapitalised ? guard : CAPITAL_GUARD) : [],
  );
  add('Numbers and ordinals', [
    ...no(SHAPES.number, SHAPES.beforeNumber),
    ...(rules.months.length ? no(SHAPES.number, SHAPES.months(rules.months)) : []),
    ...(rules.ordinalContext.length ? no(SHAPES.ordinalContext(rules.ordinalContext, afterContext), guard) : []),
    ...(rules.ordinalJoiners.length ? no(SHAPES.ordinalJoiners(rules.ordinalJoiners, afterContext), guard) : []),
    ...(alone > 0 ? no(SHAPES.ordinalAlone(alone), guard) : []),
  ]);
  add('Roman numerals after a name, initials', [...no(SHAPES.roman, guard), ...no(SHAPES.initial, guard)]);
  add('Sentence ends', SHAPES.breaks.map((b) => ({ break: true, ...b })));
  return out;
}

function ruleXml(rule: Rule): string {
  const comment = rule.comment ? `        <!-- ${rule.comment} -->\n` : '';
  return (
    `${comment}        ${xmlStartTag('rule', { break: rule.break ? 'yes' : 'no' })}\n` +
    `          ${xmlTextElement('beforebreak', rule.before)}\n` +
    `          ${xmlTextElement('afterbreak', rule.after)}\n` +
    `        ${xmlEndTag('rule')}\n`
  );
}

/** The rules as an SRX 2.0 document, with German rules for `de.*` and Polish ones for `pl.*`. */
export function exportSrx(rules: SegmentationRules): string {
  const languages = SEGMENTATION_LANGUAGES.map(
    (lang) =>
      `      ${xmlStartTag('languagerule', { languagerulename: RULE_NAMES[lang] })}\n` +
      languageRules(rules[lang]).map(ruleXml).join('') +
      '      </languagerule>\n',
  ).join('');
  const maps = SEGMENTATION_LANGUAGES.map(
    (lang) => `      ${xmlEmptyElement('languagemap', { languagepattern: `${lang}.*`, languagerulename: RULE_NAMES[lang] })}\n`,
  ).join('');
  return (
    `${XML_DECLARATION}\n` +
    '<srx xmlns="http://www.lisa.org/srx20" version="2.0">\n' +
    '  <header segmentsubflows="yes" cascade="no">\n' +
    '    <formathandle type="start" include="no"/>\n' +
    '    <formathandle type="end" include="yes"/>\n' +
    '    <formathandle type="isolated" include="no"/>\n' +
    '  </header>\n' +
    '  <body>\n' +
    `    <languagerules>\n${languages}    </languagerules>\n` +
    `    <maprules>\n${maps}    </maprules>\n` +
    '  </body>\n' +
    '</srx>\n'
  );
}

interface ParsedRule extends SegmentationException {
  line: number;
}

interface ParsedSrx {
  cascade: boolean;
  languageRules: Map<string, ParsedRule[]>;
  maps: { pattern: string; name: string; line: number }[];
}

function invalid(line: number, message: string): InvalidInput {
  return new InvalidInput(`invalid SRX at line ${line}: ${message}`, { line }, 'invalid_srx');
}

function parseXml(xml: string): ParsedSrx {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const parsed: ParsedSrx = { cascade: false, languageRules: new Map(), maps: [] };
  let rules: ParsedRule[] | null = null;
  let rule: ParsedRule | null = null;
  let field: 'before' | 'after' | null = null;
  let root = true;
  parser.on('error', (error) => {
    throw invalid(parser.line, error.message.replace(/^\d+:\d+: /, ''));
  });
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++depth > MAX_XML_DEPTH) throw invalid(parser.line, `elements nested deeper than ${MAX_XML_DEPTH}`);
    const attribute = (name: string): string | undefined => tag.attributes[name]?.value;
    if (root && tag.local !== 'srx') throw invalid(parser.line, `expected <srx>, found <${tag.name}>`);
    root = false;
    if (tag.local === 'header') parsed.cascade = attribute('cascade') === 'yes';
    else if (tag.local === 'languagerule') {
      rules = [];
      parsed.languageRules.set(attribute('languagerulename') ?? '', rules);
    } else if (tag.local === 'rule' && rules) {
      rule = { break: attribute('break') !== 'no', before: '', after: '', line: parser.line };
      rules.push(rule);
    } else if (tag.local === 'beforebreak') field = 'before';
    else if (tag.local === 'afterbreak') field = 'after';
    else if (tag.local === 'languagemap') {
      parsed.maps.push({ pattern: attribute('languagepattern') ?? '', name: attribute('languagerulename') ?? '', line: parser.line });
    }
  });
  const onText = (text: string) => {
    if (rule && field) rule[field] += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagNS) => {
    depth--;
    if (tag.local === 'beforebreak' || tag.local === 'afterbreak') field = null;
    else if (tag.local === 'rule') rule = null;
    else if (tag.local === 'languagerule') rules = null;
  });
  parser.write(xml).close();
  if (root) throw invalid(parser.line, 'no <srx> element');
  return parsed;
}

/**
 * Rules that end a sentence at a plain ". ", "? ", "! " or "… " before a capital: built in already. Our
 * own (with lookahead) are known by their text; another tool's are tried on RE2, which refuses them if
 * they need lookaround (they would become exceptions, which must run on it).
 */
function isGenericBreak(rule: ParsedRule): boolean {
  if (SHAPES.breaks.some((shape) => shape.before === rule.before && shape.after === rule.after)) return true;
  const { before, after } = compileException(rule, { line: rule.line });
  after.lastIndex = 0;
  return ['Satz.', 'Satz?', 'Satz!', 'Satz…'].some((text) => before.test(text)) && after.test(' Der');
}

/** Throws invalid_srx (with the line) when a rule's regex is not even a valid JavaScript regex. */
function checkSyntax(rule: ParsedRule): void {
  for (const pattern of [rule.before, rule.after]) {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      throw invalid(rule.line, `bad regex: ${(error as Error).message}`);
    }
  }
}

/** A rule of no known shape: an exception, which must compile on RE2 (unsupported_pattern, with the line). */
function exceptionOf(rule: ParsedRule): SegmentationException {
  try {
    compileException(rule, { line: rule.line });
  } catch (error) {
    if (error instanceof SyntaxError) throw invalid(rule.line, `bad regex: ${error.message}`);
    throw error;
  }
  return { break: rule.break, before: rule.before, after: rule.after };
}

function toLanguageRules(parsed: ParsedRule[]): LanguageRules {
  const rules = emptyLanguageRules();
  const starters = new Set<string>();
  const addStarters = (words: string[] | null | undefined) => words?.forEach((w) => starters.add(w));
  for (const rule of parsed) {
    checkSyntax(rule);
    const { before, after } = rule;
    const guard = parseStarterGuard(after);
    const abbreviations = rule.break ? null : parseAbbreviations(before);
    const abbreviationAfter = abbreviations ? parseAbbreviationAfter(after) : null;
    const joiners = parseOrdinalJoiners(before);
    const context = parseOrdinalContext(before);
    const suffix = parseSuffix(before);
    const months = parseMonths(after);
    if (rule.break) {
      if (!isGenericBreak(rule)) rules.exceptions.push(exceptionOf(rule));
    } else if (abbreviations && abbreviationAfter) {
      for (const text of abbreviations) rules.abbreviations[text] = abbreviationAfter.kind;
      if (abbreviationAfter.starters === null) rules.nounsCapitalised = false;
      addStarters(abbreviationAfter.starters);
    } else if (suffix && after === '\\s') rules.abbreviationSuffixes.push(suffix);
    else if (before === SHAPES.number && (after === SHAPES.beforeNumber || months)) rules.months.push(...(months ?? []));
    else if (guard && joiners) {
      rules.ordinalJoiners.push(...joiners.words);
      rules.ordinalDigits.afterContext = joiners.digits;
    } else if (guard && context) {
      rules.ordinalContext.push(...context.words);
      rules.ordinalDigits.afterContext = context.digits;
    } else if (guard && parseOrdinalAlone(before) !== null) rules.ordinalDigits.alone = parseOrdinalAlone(before) as number;
    else if (guard && (before === SHAPES.roman || before === SHAPES.initial)) addStarters(guard);
    else rules.exceptions.push(exceptionOf(rule));
  }
  rules.sentenceStarters = [...starters];
  return rules;
}

function languagePatternMatches(pattern: string, lang: SegmentationLanguage, line: number): boolean {
  let regex: RE2;
  try {
    regex = compileUserPattern(pattern.replace(/^\(\?i\)/, ''), 'iu', { line, field: 'languagepattern' }, (p) => `^(?:${p})$`);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw invalid(line, `bad language pattern: ${error.message}`);
  }
  return [lang, `${lang}-${lang.toUpperCase()}`].some((code) => regex.test(code));
}

/**
 * The rules of an SRX document (1.0 or 2.0) for German and Polish: the language rules its map rules
 * give `de` and `pl` (all matching ones when the header says cascade="yes", else the first). Rules for
 * other languages are ignored; a language without rules gets empty ones (only the built-in logic).
 * Throws InvalidInput (`invalid_srx`, with the line) for bad XML, a bad regex or a bad language pattern,
 * and UnsupportedPattern (`unsupported_pattern`, with the line and the position in the pattern) for a
 * rule that would become an exception, or a language pattern, using lookaround or backreferences.
 */
export function importSrx(xml: string): SegmentationRules {
  const parsed = parseXml(xml);
  const result = {} as SegmentationRules;
  for (const lang of SEGMENTATION_LANGUAGES) {
    const matching = parsed.maps.filter((map) => languagePatternMatches(map.pattern, lang, map.line));
    const used = parsed.cascade ? matching : matching.slice(0, 1);
    result[lang] = toLanguageRules(used.flatMap((map) => parsed.languageRules.get(map.name) ?? []));
  }
  return result;
}
