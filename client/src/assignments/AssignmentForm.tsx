// The coordinator's form for one assignment: the whole document or segments from–to (numbers as shown in
// the workspace), a translator and a reviewer among the project's members with that role, a due day per
// step. Used to add an assignment and to change one.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../api/types';
import type { Assignment } from '../api/collaborationTypes';
import { endOfDayUtc } from '../lib/dashboardStats';

export interface AssignmentDraft {
  range: { first: number; last: number } | null;
  translatorId: string | null;
  reviewerId: string | null;
  translationDue: string | null;
  reviewDue: string | null;
}

interface AssignmentFormProps {
  segmentCount: number;
  translators: PersonRef[];
  reviewers: PersonRef[];
  /** The assignment being changed; absent to add one. */
  editing?: Assignment;
  busy: boolean;
  onSubmit(draft: AssignmentDraft): void;
  onCancel?(): void;
}

const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** A choice among people, or nobody. */
function PersonSelect({ label, people, value, onChange, testId }: { label: string; people: PersonRef[]; value: string; onChange(id: string): void; testId: string }) {
  const { t } = useTranslation('collaboration');
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('assignments.nobody')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AssignmentForm({ segmentCount, translators, reviewers, editing, busy, onSubmit, onCancel }: AssignmentFormProps) {
  const { t } = useTranslation('collaboration');
  const id = useId();
  const [whole, setWhole] = useState(editing ? editing.range === null : true);
  const [first, setFirst] = useState(String((editing?.range?.first ?? 0) + 1));
  const [last, setLast] = useState(String((editing?.range?.last ?? Math.max(0, segmentCount - 1)) + 1));
  const [translatorId, setTranslatorId] = useState(editing?.translator?.id ?? '');
  const [reviewerId, setReviewerId] = useState(editing?.reviewer?.id ?? '');
  const [translationDue, setTranslationDue] = useState(day(editing?.translationDue));
  const [reviewDue, setReviewDue] = useState(day(editing?.reviewDue));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      range: whole ? null : { first: Number(first) - 1, last: Number(last) - 1 },
      translatorId: translatorId || null,
      reviewerId: reviewerId || null,
      translationDue: endOfDayUtc(translationDue),
      reviewDue: endOfDayUtc(reviewDue),
    });
  };

  return (
    <form className="card assignment-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="assignment-form">
      <h2 id={`${id}-title`}>{t(editing ? 'assignments.editTitle' : 'assignments.addTitle')}</h2>
      <fieldset className="assignment-scope">
        <legend>{t('assignments.scope')}</legend>
        <label>
          <input type="radio" name={`${id}-scope`} checked={whole} onChange={() => setWhole(true)} data-testid="assignment-whole" />
          {t('assignments.wholeDocument')}
        </label>
        <label>
          <input type="radio" name={`${id}-scope`} checked={!whole} onChange={() => setWhole(false)} data-testid="assignment-range" />
          {t('assignments.segmentRange')}
        </label>
        <span className="range-inputs">
          <label>
            {t('assignments.from')}
            <input type="number" min={1} max={segmentCount} value={first} disabled={whole} onChange={(e) => setFirst(e.target.value)} data-testid="assignment-first" />
          </label>
          <label>
            {t('assignments.to')}
            <input type="number" min={1} max={segmentCount} value={last} disabled={whole} onChange={(e) => setLast(e.target.value)} data-testid="assignment-last" />
          </label>
        </span>
      </fieldset>
      <div className="assignment-steps">
        <PersonSelect label={t('assignments.translator')} people={translators} value={translatorId} onChange={setTranslatorId} testId="assignment-translator" />
        <label>
          {t('assignments.translationDue')}
          <input type="date" value={translationDue} onChange={(e) => setTranslationDue(e.target.value)} data-testid="assignment-translation-due" />
        </label>
        <PersonSelect label={t('assignments.reviewer')} people={reviewers} value={reviewerId} onChange={setReviewerId} testId="assignment-reviewer" />
        <label>
          {t('assignments.reviewDue')}
          <input type="date" value={reviewDue} onChange={(e) => setReviewDue(e.target.value)} data-testid="assignment-review-due" />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="assignment-submit">
          {t(editing ? 'assignments.save' : 'assignments.assign')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('assignments.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
