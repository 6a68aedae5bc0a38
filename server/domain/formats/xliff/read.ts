// Reading back an XLIFF file (one Nysa exported, after Trados, memoQ or OmegaT filled it in): its
// units with source, target, state and the segment version Nysa wrote. Inline codes become Nysa's
// placeholders numbered by their XLIFF ids (Nysa writes its placeholder numbers as ids); annotations
// (<mrk>, <sm/>/<em/>, Trados' <mrk mtype="seg">) are not codes: their text is kept, their tags dropped.
import type { XliffReadResult, XliffReadUnit } from './model';
import { numberSource, numberTarget } from './inlineRead';
import { scanXliff } from './scan';
import type { InlineToken, StartTag, UnitModel, XliffModel } from './structure';
import { XLIFF20_STATE_ORDER } from './states';

export function attributeValue(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find((attribute) => attribute.name === name)?.value;
}

function unitContents(model: XliffModel, unit: UnitModel): { source: InlineToken[]; target: InlineToken[] | null; state?: string } {
  if (model.version === '1.2') {
    const state = unit.target ? attributeValue(unit.target.tag, 'state') : undefined;
    return { source: unit.source!.tokens, target: unit.target?.tokens ?? null, ...(state !== undefined ? { state } : {}) };
  }
  const source: InlineToken[] = [];
  const target: InlineToken[] = [];
  let anyTarget = false;
  let state: string | undefined;
  for (const part of unit.parts) {
    source.push(...part.source!.tokens);
    if (part.target) {
      target.push(...part.target.tokens);
      if (part.kind === 'segment') anyTarget = true;
    } else if (part.kind === 'ignorable') target.push(...part.source!.tokens);
    if (part.kind === 'segment') {
      const partState = part.state ?? 'initial';
      if (state === undefined || XLIFF20_STATE_ORDER.indexOf(partState) < XLIFF20_STATE_ORDER.indexOf(state)) state = partState;
    }
  }
  return { source, target: anyTarget ? target : null, ...(state !== undefined ? { state } : {}) };
}

/**
 * Reads an XLIFF 1.2 or 2.x file. Throws XliffError: `xliff_invalid` (not well-formed, not XLIFF,
 * required parts missing; with line and column), `xml_doctype_refused`, `xliff_duplicate_id` (a unit
 * id twice in the document); InvalidInput `empty_document` for 0 bytes.
 */
export function readXliff(content: string): XliffReadResult {
  const model = scanXliff(content, { annotations: 'transparent', uniqueAcrossFiles: true });
  const units = model.units.map((unit): XliffReadUnit => {
    const contents = unitContents(model, unit);
    const source = numberSource(contents.source, 'xliff');
    const version = unit.nysaVersion !== null && /^\d{1,15}$/.test(unit.nysaVersion) ? Number(unit.nysaVersion) : undefined;
    return {
      id: unit.id,
      source: source.text,
      target: contents.target === null ? null : numberTarget(contents.target, source, 'xliff'),
      ...(contents.state !== undefined ? { state: contents.state } : {}),
      ...(version !== undefined ? { nysaVersion: version } : {}),
      translate: unit.translate,
    };
  });
  const documentId = model.files[0]?.documentId ?? undefined;
  return { version: model.version, ...(documentId ? { documentId } : {}), units };
}
