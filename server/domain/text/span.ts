// A stretch of a text found by some matcher, and putting something else in its place.

export interface TextSpan {
  /** Offsets into the text searched (UTF-16 code units). */
  start: number;
  end: number;
  /** text.slice(start, end): the stretch as written. */
  text: string;
}

/**
 * The text with each span replaced by `replacement(span)`. Spans must be in order and must not
 * overlap; text between them is kept as it is.
 */
export function replaceSpans(text: string, spans: readonly TextSpan[], replacement: (span: TextSpan) => string): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + replacement(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/** Every span replaced by as many spaces as it is long: offsets of the rest stay valid. */
export const blankSpans = (text: string, spans: readonly TextSpan[]): string => replaceSpans(text, spans, (span) => ' '.repeat(span.end - span.start));
