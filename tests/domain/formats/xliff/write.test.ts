// Bilingual export: the exact XLIFF 1.2 and 2.0 Nysa writes for a document, placeholders as inline
// codes (also when a translator moved or dropped them), states, locks, notes and versions.
import {
  readXliff,
  writeXliff12,
  writeXliff20,
  XLIFF_STATE_OUT,
} from '../../../../server/domain/formats/xliff';
import { codeElement, inlineContent, placeholderRoles } from '../../../../server/domain/formats/xliff/inlineWrite';
import { splitPlaceholders } from '../../../../server/domain/segmentation/placeholders';
import { SEGMENT_STATES } from '../../../../server/domain/workflow/states';
import { exportDocument, exportSegment, paired, standalone } from './support';

const EMPHASIS = paired(1, '*', '*');
const BREAK = standalone(2, '<br>');

describe('writeXliff12', () => {
  it('writes one trans-unit per segment with its id, version, state, source, target and notes', () => {
    const xliff = writeXliff12(
      exportDocument([
        exportSegment({
          id: 'seg-1',
          source: 'Das {1}Rathaus{/1} & der Markt.{2/}',
          target: '{1}Ratusz{/1} i rynek.{2/}',
          state: 'draft',
          version: 4,
          tags: [EMPHASIS, BREAK],
          qaIssues: [{ checkId: 'numbers', severity: 'error', message: 'Zahl <3> fehlt' }],
          notes: ['LQA: Stil prüfen'],
        }),
        exportSegment({ id: 'seg-2', index: 1, source: 'Neu.', version: 1 }),
      ]),
    );

    expect(xliff).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:nysa="urn:nysa:xliff">\n' +
        '  <file original="einladung.md" source-language="de-DE" target-language="pl-PL" datatype="plaintext" nysa:document-id="doc-7">\n' +
        '    <header>\n      <tool tool-id="nysa" tool-name="Nysa"/>\n    </header>\n' +
        '    <body>\n' +
        '      <trans-unit id="seg-1" xml:space="preserve" nysa:version="4" nysa:state="draft">\n' +
        '        <source>Das <g id="1">Rathaus</g> &amp; der Markt.<x id="2"/></source>\n' +
        '        <target state="needs-review-translation"><g id="1">Ratusz</g> i rynek.<x id="2"/></target>\n' +
        '        <note from="nysa-qa" priority="1">[numbers] Zahl &lt;3&gt; fehlt</note>\n' +
        '        <note from="nysa">LQA: Stil prüfen</note>\n' +
        '      </trans-unit>\n' +
        '      <trans-unit id="seg-2" xml:space="preserve" nysa:version="1" nysa:state="new">\n' +
        '        <source>Neu.</source>\n' +
        '        <target state="needs-translation"></target>\n' +
        '      </trans-unit>\n' +
        '    </body>\n  </file>\n</xliff>\n',
    );
  });

  it('marks a locked segment translate="no" and final, an approved one signed-off and approved', () => {
    const xliff = writeXliff12(
      exportDocument([
        exportSegment({ id: 'a', source: 'Projekt jest', target: 'Projekt jest', state: 'translated', locked: true, version: 2 }),
        exportSegment({ id: 'b', source: 'Gut.', target: 'Dobrze.', state: 'approved', version: 5 }),
      ]),
    );
    expect(xliff).toContain('<trans-unit id="a" xml:space="preserve" translate="no" nysa:version="2" nysa:state="locked">');
    expect(xliff).toContain('<target state="final">Projekt jest</target>');
    expect(xliff).toContain('<trans-unit id="b" xml:space="preserve" approved="yes" nysa:version="5" nysa:state="approved">');
    expect(xliff).toContain('<target state="signed-off">Dobrze.</target>');
  });

  it('carries notes with QA severities as priorities 1, 5 and 9, escaped', () => {
    const xliff = writeXliff12(
      exportDocument([
        exportSegment({
          qaIssues: [
            { checkId: 'a', severity: 'warning', message: 'x & y' },
            { checkId: 'b', severity: 'info', message: '"z"' },
          ],
        }),
      ]),
    );
    expect(xliff).toContain('<note from="nysa-qa" priority="5">[a] x &amp; y</note>\n        <note from="nysa-qa" priority="9">[b] "z"</note>');
  });
});

describe('writeXliff20', () => {
  it('writes one unit per segment: notes, then one segment with state and subState, original markup in disp', () => {
    const xliff = writeXliff20(
      exportDocument([
        exportSegment({
          id: 'seg-1',
          source: 'Das {1}Rathaus{/1}.{2/}',
          target: '{1}Ratusz{/1}.{2/}',
          state: 'rejected',
          version: 6,
          tags: [EMPHASIS, BREAK],
          notes: ['Odrzucono: styl'],
        }),
        exportSegment({ id: 'seg-2', index: 1, source: 'Neu.' }),
      ]),
    );
    expect(xliff).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:nysa="urn:nysa:xliff" version="2.0" srcLang="de-DE" trgLang="pl-PL">\n' +
        '  <file id="f1" original="einladung.md" nysa:documentId="doc-7">\n' +
        '    <unit id="seg-1" xml:space="preserve" nysa:version="6">\n' +
        '      <notes>\n        <note category="nysa">Odrzucono: styl</note>\n      </notes>\n' +
        '      <segment state="translated" subState="nysa:rejected">\n' +
        '        <source>Das <pc id="1" dispStart="*" dispEnd="*">Rathaus</pc>.<ph id="2" disp="&lt;br&gt;"/></source>\n' +
        '        <target><pc id="1" dispStart="*" dispEnd="*">Ratusz</pc>.<ph id="2" disp="&lt;br&gt;"/></target>\n' +
        '      </segment>\n' +
        '    </unit>\n' +
        '    <unit id="seg-2" xml:space="preserve" nysa:version="1">\n' +
        '      <segment state="initial">\n' +
        '        <source>Neu.</source>\n' +
        '      </segment>\n' +
        '    </unit>\n' +
        '  </file>\n</xliff>\n',
    );
  });

  it('writes an empty target for a segment past "initial" that has none, and translate="no" for a locked one', () => {
    const xliff = writeXliff20(exportDocument([exportSegment({ state: 'draft', target: null }), exportSegment({ id: 'l', state: 'locked', locked: true, target: 'Tak.' })]));
    expect(xliff).toContain('<segment state="translated" subState="nysa:draft">\n        <source>Die Stadt Görlitz lädt ein.</source>\n        <target></target>');
    expect(xliff).toContain('<unit id="l" xml:space="preserve" translate="no" nysa:version="1">');
    expect(xliff).toContain('<segment state="final" subState="nysa:locked">');
  });
});

describe('XLIFF states out (xliff/states.ts)', () => {
  it.each([
    ['new', 'needs-translation', '<segment state="initial">'],
    ['draft', 'needs-review-translation', '<segment state="translated" subState="nysa:draft">'],
    ['translated', 'translated', '<segment state="translated">'],
    ['rejected', 'needs-review-translation', '<segment state="translated" subState="nysa:rejected">'],
    ['approved', 'signed-off', '<segment state="final">'],
    ['locked', 'final', '<segment state="final" subState="nysa:locked">'],
  ] as const)('exports %s as 1.2 %s and 2.0 %s', (state, xliff12, segment20) => {
    const segment = exportSegment({ state, target: 'Tak.', locked: state === 'locked' });
    expect(readXliff(writeXliff12(exportDocument([segment]))).units[0]!.state).toBe(xliff12);
    expect(writeXliff20(exportDocument([segment]))).toContain(segment20);
  });

  it('covers every Nysa state', () => {
    expect(Object.keys(XLIFF_STATE_OUT).sort()).toEqual([...SEGMENT_STATES].sort());
  });
});

describe('xliff inline codes', () => {
  const roles = (text: string) => placeholderRoles(splitPlaceholders(text)).filter((role) => role !== 'text');

  it.each([
    ['{1}a{/1}{2/}', ['pair-open', 'pair-close', 'standalone']],
    // The innermost pair wins: {2}…{/2} nests, {1} and {/1} cross it.
    ['{1}a{2}b{/1}c{/2}', ['span-open', 'pair-open', 'span-close', 'pair-close']],
    ['{/1}a{1}', ['lone-close', 'lone-open']],
    ['{1}a', ['lone-open']],
    ['{1}a{/1}{/1}', ['pair-open', 'pair-close', 'lone-close']],
  ])('gives the placeholders of %s the roles %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['1.2', '{1}a{2}b{/1}c{/2}', '<bx id="1" rid="1"/>a<g id="2">b<ex id="1" rid="1"/>c</g>'],
    ['2.0', '{1}a{2}b{/1}c{/2}', '<sc id="1"/>a<pc id="2">b<ec startRef="1"/>c</pc>'],
    ['1.2', '{/1}a{1}', '<ex id="1" rid="1"/>a<bx id="1" rid="1"/>'],
    ['2.0', '{/1}a{1}', '<ec id="1" isolated="yes"/>a<sc id="1" isolated="yes"/>'],
    ['2.0', 'a {3/} & <b>', 'a <ph id="3"/> &amp; &lt;b&gt;'],
  ] as const)('writes %s inline content for %s as %s', (version, text, expected) => {
    expect(inlineContent(version, text, [])).toBe(expected);
  });

  it('writes a moved placeholder pair of a target so that the file reads back to the same target', () => {
    const moved = '{/1}Ratusz {1}i{2/} rynek';
    for (const write of [writeXliff12, writeXliff20]) {
      const units = readXliff(write(exportDocument([exportSegment({ source: 'Das {1}Rathaus{/1}.{2/}', target: moved, tags: [EMPHASIS, BREAK] })]))).units;
      expect(units[0]!.target).toBe(moved);
    }
  });

  it('keeps the original markup of a span out of 1.2 and in disp for 2.0', () => {
    expect(codeElement('2.0', 'span-open', '4', { open: '**' })).toBe('<sc id="4" disp="**"/>');
    expect(codeElement('1.2', 'span-open', '4', { open: '**' })).toBe('<bx id="4" rid="4"/>');
  });
});
