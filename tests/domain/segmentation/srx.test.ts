import { InvalidInput } from '../../../server/domain/errors';
import { cpuMs } from '../../support/cpuTime';
import { DEFAULT_RULES, emptyLanguageRules, type SegmentationRules } from '../../../server/domain/segmentation/rules';
import { segmentSentences } from '../../../server/domain/segmentation/sentences';
import { exportSrx, importSrx } from '../../../server/domain/segmentation/srx';
import { GERMAN_CASES, GERMAN_HARD_CASES, POLISH_CASES, POLISH_HARD_CASES } from './cases';

const TINY: SegmentationRules = {
  de: {
    ...emptyLanguageRules(),
    abbreviations: { 'z. B.': 'never_ends', 'Art.': 'before_number', 'usw.': 'may_end' },
    abbreviationSuffixes: ['str.'],
    sentenceStarters: ['Danach', 'Die'],
    months: ['Mai'],
    ordinalContext: ['am'],
    ordinalJoiners: ['und'],
    ordinalDigits: { afterContext: 3, alone: 2 },
    exceptions: [{ break: true, before: 'Hinweis:', after: '\\s' }],
  },
  pl: { ...emptyLanguageRules(), abbreviations: { 'itd.': 'may_end' }, nounsCapitalised: false, sentenceStarters: ['Następnie'] },
};

const TINY_SRX = String.raw`<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no">
    <formathandle type="start" include="no"/>
    <formathandle type="end" include="yes"/>
    <formathandle type="isolated" include="no"/>
  </header>
  <body>
    <languagerules>
      <languagerule languagerulename="German">
        <!-- Exceptions -->
        <rule break="yes">
          <beforebreak>Hinweis:</beforebreak>
          <afterbreak>\s</afterbreak>
        </rule>
        <!-- Abbreviations that never end a sentence -->
        <rule break="no">
          <beforebreak>(?&lt;![\p{L}\p{N}.@/_])[zZ]\.\s*B\.</beforebreak>
          <afterbreak>\s</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![\p{L}\p{N}.@/_])\p{L}+str\.</beforebreak>
          <afterbreak>\s</afterbreak>
        </rule>
        <!-- Abbreviations that stay open before a number -->
        <rule break="no">
          <beforebreak>(?&lt;![\p{L}\p{N}.@/_])Art\.</beforebreak>
          <afterbreak>\s+\p{N}</afterbreak>
        </rule>
        <!-- Abbreviations that end a sentence before a sentence start -->
        <rule break="no">
          <beforebreak>(?&lt;![\p{L}\p{N}.@/_])[uU]sw\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <!-- Numbers and ordinals -->
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{N}+\.</beforebreak>
          <afterbreak>\s+\p{N}</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{N}+\.</beforebreak>
          <afterbreak>\s+["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Mai)(?![\p{L}\p{N}])</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])(?:[aA]m)\s+\p{N}{1,3}\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{N}{1,3}\.\s+(?:[uU]nd)\s+\p{N}{1,3}\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{N}{1,2}\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <!-- Roman numerals after a name, initials -->
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{Lu}\p{Ll}+\s+(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{L}\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Danach|Die)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <!-- Sentence ends -->
        <rule break="yes">
          <beforebreak>[?!][.!?…]*["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*\p{Ll})</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>(?:…|\.\.)[.…]*["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*\p{Lu}</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>\.["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*[\p{Lu}\p{N}]</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Polish">
        <!-- Abbreviations that end a sentence before a sentence start -->
        <rule break="no">
          <beforebreak>(?&lt;![\p{L}\p{N}.@/_])[iI]td\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*\p{Lu}(?![\p{Lu}.]))</afterbreak>
        </rule>
        <!-- Numbers and ordinals -->
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{N}+\.</beforebreak>
          <afterbreak>\s+\p{N}</afterbreak>
        </rule>
        <!-- Roman numerals after a name, initials -->
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{Lu}\p{Ll}+\s+(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Następnie)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;![^\s„"'(«»‚\[])\p{L}\.</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*(?:Następnie)(?![\p{L}\p{N}.]))</afterbreak>
        </rule>
        <!-- Sentence ends -->
        <rule break="yes">
          <beforebreak>[?!][.!?…]*["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+(?!["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*\p{Ll})</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>(?:…|\.\.)[.…]*["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*\p{Lu}</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>\.["'»«“”‘’)\]\}›‹]*</beforebreak>
          <afterbreak>\s+["'»«“”„‚‘’(\[\{›‹¿¡–—\-]*[\p{Lu}\p{N}]</afterbreak>
        </rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="de.*" languagerulename="German"/>
      <languagemap languagepattern="pl.*" languagerulename="Polish"/>
    </maprules>
  </body>
</srx>
`;

/** Rules with abbreviations keyed without spaces: SRX keeps "z. B." as the pattern of "z.B.". */
function unspaced(rules: SegmentationRules): SegmentationRules {
  const strip = (lang: keyof SegmentationRules) => ({
    ...rules[lang],
    abbreviations: Object.fromEntries(Object.entries(rules[lang].abbreviations).map(([k, v]) => [k.replace(/\s+/g, ''), v])),
  });
  return { de: strip('de'), pl: strip('pl') };
}

function importError(xml: string): InvalidInput {
  try {
    importSrx(xml);
  } catch (error) {
    return error as InvalidInput;
  }
  throw new Error('importSrx accepted the document');
}

describe('exportSrx', () => {
  it('writes a tiny rule set as exactly this SRX 2.0 document', () => {
    expect(exportSrx(TINY)).toBe(TINY_SRX);
  });

  it('escapes "<" and "&" in regexes', () => {
    const rules: SegmentationRules = {
      de: { ...emptyLanguageRules(), exceptions: [{ break: false, before: 'AT&T', after: '\\s+<' }] },
      pl: emptyLanguageRules(),
    };
    const xml = exportSrx(rules);
    expect(xml).toContain('<beforebreak>AT&amp;T</beforebreak>');
    expect(xml).toContain('<afterbreak>\\s+&lt;</afterbreak>');
    expect(importSrx(xml).de.exceptions).toEqual(rules.de.exceptions);
  });
});

describe('importSrx', () => {
  it('reads the tiny document back into the same rules', () => {
    expect(importSrx(TINY_SRX)).toEqual(unspaced(TINY));
  });

  it('reads the exported built-in rules back into the same rules', () => {
    expect(importSrx(exportSrx(DEFAULT_RULES))).toEqual(unspaced(DEFAULT_RULES));
  });

  it('segments every case as the built-in rules do after a round trip', () => {
    const imported = importSrx(exportSrx(DEFAULT_RULES));
    for (const [text] of [...GERMAN_CASES, ...GERMAN_HARD_CASES]) {
      expect(segmentSentences(text, 'de', imported)).toEqual(segmentSentences(text, 'de'));
    }
    for (const [text] of [...POLISH_CASES, ...POLISH_HARD_CASES]) {
      expect(segmentSentences(text, 'pl', imported)).toEqual(segmentSentences(text, 'pl'));
    }
  });

  it('reads another tool\'s file: abbreviations become abbreviations, other rules exceptions, other languages are ignored', () => {
    const xml = String.raw`<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\bMr\.</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="German">
        <rule break="no"><beforebreak>\bGde\.</beforebreak><afterbreak>\s</afterbreak></rule>
        <rule><beforebreak>:</beforebreak><afterbreak>\s+Hinweis\b</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="no"><beforebreak>\b(?:[Ss]tr|Nr)\.</beforebreak><afterbreak>\s+\d</afterbreak></rule>
        <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="en.*" languagerulename="English"/>
      <languagemap languagepattern="de.*" languagerulename="German"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>`;
    const imported = importSrx(xml);
    const defaults = { break: false, before: '\\b(?:[Ss]tr|Nr)\\.', after: '\\s+\\d' };
    expect(imported).toEqual({
      de: {
        ...emptyLanguageRules(),
        abbreviations: { 'Gde.': 'never_ends' },
        exceptions: [{ break: true, before: ':', after: '\\s+Hinweis\\b' }, defaults],
      },
      pl: { ...emptyLanguageRules(), exceptions: [defaults] },
    });
    expect(segmentSentences('Wichtig: Hinweis zur Gde. Kodersdorf.', 'de', imported)).toEqual([
      'Wichtig:',
      'Hinweis zur Gde. Kodersdorf.',
    ]);
  });

  it('takes only the first matching language rule when cascade is off', () => {
    const xml = `<srx version="2.0"><header cascade="no" segmentsubflows="yes"/><body><languagerules>
<languagerule languagerulename="A"><rule break="no"><beforebreak>\\bAa\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
<languagerule languagerulename="B"><rule break="no"><beforebreak>\\bBb\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
</languagerules><maprules><languagemap languagepattern="pl.*" languagerulename="A"/><languagemap languagepattern=".*" languagerulename="B"/></maprules></body></srx>`;
    const imported = importSrx(xml);
    expect(imported.pl.abbreviations).toEqual({ 'Aa.': 'never_ends' });
    expect(imported.de.abbreviations).toEqual({ 'Bb.': 'never_ends' });
  });

  it('rejects XML that is not well-formed, with the line', () => {
    const error = importError('<?xml version="1.0"?>\n<srx version="2.0">\n  <body>\n    <languagerules>\n  </body>\n</srx>\n');
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error.code).toBe('invalid_srx');
    expect(error.message).toBe('invalid SRX at line 5: unexpected close tag.');
    expect(error.details).toEqual({ line: 5 });
  });

  it('rejects an undefined entity instead of resolving it', () => {
    const error = importError('<?xml version="1.0"?>\n<!DOCTYPE srx SYSTEM "file:///etc/passwd">\n<srx>&xxe;</srx>');
    expect(error.code).toBe('invalid_srx');
    expect(error.message).toMatch(/^invalid SRX at line 3: /);
  });

  it('rejects a document that is not SRX', () => {
    expect(importError('<tmx version="1.4"/>').message).toBe('invalid SRX at line 1: expected <srx>, found <tmx>');
  });

  it('refuses a rule with a lookbehind, which the linear-time engine cannot run: unsupported_pattern with the line and position', () => {
    const xml = '<srx version="2.0"><body><languagerules>\n<languagerule languagerulename="X">\n<rule break="no">\n' +
      '<beforebreak>\\bNr(?&lt;!x)\\.</beforebreak><afterbreak>\\s</afterbreak></rule>\n</languagerule></languagerules>\n' +
      '<maprules><languagemap languagepattern="de" languagerulename="X"/></maprules></body></srx>';
    const error = importError(xml);
    expect(error.code).toBe('unsupported_pattern');
    expect(error.details).toEqual({ line: 3, field: 'before', position: 4, construct: '(?<!', feature: 'lookbehind' });
    expect(error.message).toBe(
      'the pattern uses lookbehind ("(?<!") at position 4; patterns must run in linear time, without lookahead, lookbehind or backreferences',
    );
  });

  it('refuses a backreference in a language pattern', () => {
    const xml = '<srx version="2.0"><body><languagerules><languagerule languagerulename="X"/></languagerules>\n' +
      '<maprules><languagemap languagepattern="(d)\\1" languagerulename="X"/></maprules></body></srx>';
    expect(importError(xml).details).toEqual({ line: 2, field: 'languagepattern', position: 3, construct: '\\1', feature: 'backreference' });
  });

  it('reads a catastrophic pattern from another tool as an exception that segments in linear time', () => {
    const xml = '<srx version="2.0"><body><languagerules><languagerule languagerulename="X">' +
      '<rule break="yes"><beforebreak>(x+x+)+y</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules>' +
      '<maprules><languagemap languagepattern="de" languagerulename="X"/></maprules></body></srx>';
    const imported = importSrx(xml);
    const text = `Ein ${'x'.repeat(50_000)} Wort. Ein xxy Ende.`;
    const used = cpuMs(() => {
      // The 50,000-character word is cut into segments of MAX_SENTENCE_CHARS (5,000) at the limit: it has no space.
      const longWord = [`Ein ${'x'.repeat(4_996)}`, ...Array.from({ length: 9 }, () => 'x'.repeat(5_000)), 'xxxx Wort.'];
      expect(segmentSentences(text, 'de', imported)).toEqual([...longWord, 'Ein xxy', 'Ende.']);
    });
    expect(used).toBeLessThan(2000);
  });

  it('rejects a rule whose regex does not compile, with the rule\'s line', () => {
    const xml = '<srx version="2.0"><body><languagerules>\n<languagerule languagerulename="X">\n<rule break="no">\n<beforebreak>(</beforebreak></rule>\n</languagerule></languagerules>\n<maprules><languagemap languagepattern="de" languagerulename="X"/></maprules></body></srx>';
    const error = importError(xml);
    expect(error.code).toBe('invalid_srx');
    expect(error.message).toMatch(/^invalid SRX at line 3: bad regex: /);
  });
});
