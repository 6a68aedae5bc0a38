// Segment text rendered read-only: React text children (never HTML), placeholders as chips, and
// optionally character ranges (glossary hits) underlined.
import { memo } from 'react';
import { markRanges, tokenize } from '../lib/placeholders';

export interface TextMark {
  start: number;
  end: number;
  /** Shown on hover and read by screen readers. */
  label: string;
  className?: string;
}

const NO_MARKS: TextMark[] = [];

export const RichText = memo(function RichText({ text, marks = NO_MARKS }: { text: string; marks?: TextMark[] }) {
  if (marks.length === 0) {
    return (
      <>
        {tokenize(text).map((token, i) =>
          token.type === 'text' ? token.text : <Chip key={i} placeholder={token.text} kind={token.kind} />,
        )}
      </>
    );
  }
  return (
    <>
      {markRanges(text, marks).map((token, i) => {
        if (token.type === 'placeholder') return <Chip key={i} placeholder={token.text} kind={token.kind} />;
        if (token.mark === null) return token.text;
        const mark = marks[token.mark];
        return (
          <mark key={i} className={mark.className ?? 'gloss-hit'} title={mark.label} aria-description={mark.label}>
            {token.text}
          </mark>
        );
      })}
    </>
  );
});

export function Chip({ placeholder, kind }: { placeholder: string; kind: string }) {
  return (
    <span className={`ph-chip ph-${kind}`} contentEditable={false} draggable data-testid="placeholder-chip" data-placeholder={placeholder}>
      {placeholder}
    </span>
  );
}
