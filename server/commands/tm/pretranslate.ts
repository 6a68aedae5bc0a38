// Pre-translation of a submitted document from the translation memory, before anything goes to DeepL.
//
// For each segment that is not locked, the best match in the project's memory (its neighbours'
// sources given, for in-context matches):
//   101 (in-context exact) → target filled, state `inContextState` (default translated), note tm:101
//   100 (exact)            → target filled, state `exactState` (default translated), note tm:100
//   ≥ threshold (fuzzy)    → a draft proposal, note tm:<score>
//   otherwise              → stays `new`; the MT job translates only `new` segments.
// TM-filled targets have origin 'tm', no translator and no reviewer (a 101 approved by settings is
// approved by nobody). A sentence repeated inside the document takes what its first occurrence got.
// The analysis counts segments and source words per band — repetitions inside the document and
// locked text apart — and is stored on the document: a coordinator estimates cost from it.
import { transferTarget } from '../../domain/repetitions/sourceKey';
import { TM_ANALYSIS_KEYS, type TmAnalysis, type TmAnalysisKey } from '../../domain/tm/types';
import { type Project } from '../../domain/projects/types';
import { type Segment, type SegmentEvent } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import type { SegmentAction } from '../../domain/workflow/transitions';
import { Slice } from '../../slices';
import type { CommandContext } from '../context';
import { buildChange } from '../segments/change';
import { tmServiceOf } from './tmServiceOf';
import { tmSettingsOf, TM_THRESHOLD_MIN } from './settings';

export interface Pretranslation {
  /** The segments, those filled from the memory at their next version. */
  segments: Segment[];
  /** One `propose` event per filled segment (after its `created` event). */
  events: SegmentEvent[];
  analysis: TmAnalysis;
}

interface Fill {
  target: string;
  /** The match's source, to carry placeholders over to a repetition. */
  from: string;
  state: 'draft' | 'translated' | 'approved';
  note: string;
}

const ACTION: Record<Fill['state'], SegmentAction> = { draft: 'propose', translated: 'propagate', approved: 'propagate_approval' };

export function emptyAnalysis(): TmAnalysis {
  return Object.fromEntries(TM_ANALYSIS_KEYS.map((key) => [key, { segments: 0, words: 0 }])) as TmAnalysis;
}

/**
 * Looks every new segment up in the project's memory and fills what matches well enough. With `only`
 * (a source revision's new segments), the other segments are context (in-context neighbours) and are
 * neither looked up nor counted in the analysis.
 */
export async function pretranslate(ctx: CommandContext, project: Project, segments: readonly Segment[], only?: ReadonlySet<string>): Promise<Pretranslation> {
  const settings = tmSettingsOf(project);
  const memory = await tmServiceOf(ctx).open(project);
  // Segments outside `only` are context: neither looked up nor counted.
  const lookedUp = (segment: Segment) => !only || only.has(segment.id);
  // The first segment of each sentence is looked up (in batches, on the memory's thread); its repetitions take what it got.
  const firsts = new Map<string, number>();
  const slice = new Slice();
  for (const [i, segment] of segments.entries()) {
    if (slice.due()) await slice.next();
    if (lookedUp(segment) && segment.state === SegmentState.New && !firsts.has(segment.sourceKey)) firsts.set(segment.sourceKey, i);
  }
  const asked = [...firsts.values()];
  const found =
    memory.size === 0
      ? []
      : await memory.lookupMany(
          asked.map((i) => ({ text: segments[i].source, prevSource: segments[i - 1]?.source ?? null, nextSource: segments[i + 1]?.source ?? null })),
          { minScore: Math.min(TM_THRESHOLD_MIN, settings.threshold), limit: 1 },
        );
  const bestAt = new Map(asked.map((i, k) => [i, found[k]?.[0]]));

  const analysis = emptyAnalysis();
  const count = (key: TmAnalysisKey, segment: Segment) => {
    analysis[key].segments += 1;
    analysis[key].words += segment.wordCount;
  };
  const firstFill = new Map<string, Fill | null>();
  const result: Segment[] = [];
  const events: SegmentEvent[] = [];
  for (const [i, segment] of segments.entries()) {
    if (slice.due()) await slice.next();
    if (!lookedUp(segment)) {
      result.push(segment);
      continue;
    }
    if (segment.state !== SegmentState.New) {
      count('locked', segment);
      result.push(segment);
      continue;
    }
    let fill: Fill | null;
    if (firstFill.has(segment.sourceKey)) {
      count('repetition', segment);
      const first = firstFill.get(segment.sourceKey)!;
      fill = first && { ...first, target: transferTarget(first.target, first.from, segment.source), from: segment.source };
    } else {
      const match = bestAt.get(i);
      count(match?.band ?? 'no_match', segment);
      fill = null;
      if (match && (match.band === '101' || match.band === '100' || match.score >= settings.threshold)) {
        const state = match.band === '101' ? settings.inContextState : match.band === '100' ? settings.exactState : 'draft';
        fill = { target: transferTarget(match.target, match.source, segment.source), from: segment.source, state, note: `tm:${match.band === '101' ? 101 : match.score}` };
      }
      firstFill.set(segment.sourceKey, fill);
    }
    if (!fill) {
      result.push(segment);
      continue;
    }
    const change = buildChange(ctx, segment, {
      action: ACTION[fill.state],
      eventAction: 'propose',
      actor: { kind: 'system' },
      actorId: null,
      patch: { target: fill.target, origin: 'tm', translatedBy: null, reviewedBy: null },
      note: fill.note,
    });
    result.push(change.segment);
    events.push(change.event);
  }
  return { segments: result, events, analysis };
}
