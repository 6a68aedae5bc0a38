// The QA checks of many segments of one project as plain data: what crosses to a worker thread
// (domain/heavyTasks.ts) when a returned XLIFF file brings thousands of new targets at once. Each item
// is one segment's texts and what the checks may know besides them; the project's glossary and QA
// settings come once for all.
import { glossaryContext, type ContextTerm } from '../glossary/context';
import { runChecks, type QaSettings } from './registry';
import type { QaIssue } from './types';

export interface QaBatchItem {
  source: string;
  target: string;
  mtTarget: string | null;
  /** A person wrote the target (in Nysa or in another tool). */
  edited: boolean;
  /** Approved targets of the same German sentence elsewhere in the project. */
  otherTranslations: string[];
}

export interface QaBatch {
  settings: QaSettings;
  /** The project's glossary terms (proposed ones are not binding and are left out by glossaryContext). */
  terms: readonly ContextTerm[];
  items: readonly QaBatchItem[];
}

/** The issues of one item with its project's settings and glossary. An empty target has none. */
export function checkQaItem(item: QaBatchItem, project: Omit<QaBatch, 'items'>): QaIssue[] {
  if (item.target.trim() === '') return [];
  return runChecks(
    item.source,
    item.target,
    {
      mtTarget: item.mtTarget,
      edited: item.edited,
      otherTranslations: item.otherTranslations,
      // the project's approved terms found in the source, and whether the target uses them
      glossary: glossaryContext(item.source, item.target, project.terms),
    },
    project.settings,
  );
}

/** The issues of each item, in the items' order. */
export function checkQaBatch(batch: QaBatch): { issues: QaIssue[][] } {
  return { issues: batch.items.map((item) => checkQaItem(item, batch)) };
}
