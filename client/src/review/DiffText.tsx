// Renders word-diff parts as text: deletions in <del>, insertions in <ins>, each with a
// visually hidden "deleted:"/"inserted:" prefix for screen readers. Never as HTML. Whitespace at
// the edges of a change is shown outside it (displayParts).
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { displayParts, type DiffPart } from '../lib/wordDiff';
import './review.css';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation('panel');
  const shown = useMemo(() => displayParts(parts), [parts]);
  return (
    <>
      {shown.map((part, index) => {
        if (part.op === 'equal') return <span key={index}>{part.text}</span>;
        const Tag = part.op === 'delete' ? 'del' : 'ins';
        return (
          <Tag key={index} className={`diff-${part.op}`}>
            <span className="visually-hidden">{t(part.op === 'delete' ? 'diff.deleted' : 'diff.inserted')} </span>
            {part.text}
          </Tag>
        );
      })}
    </>
  );
}
