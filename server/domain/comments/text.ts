// What a comment's text may be: plain text of 1 to COMMENT_TEXT_MAX_LENGTH characters, line breaks and
// tabs allowed, other control characters not (they cannot be typed and only serve to hide text).
import { InvalidInput } from '../errors';
import { COMMENT_TEXT_MAX_LENGTH } from './types';

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The text as stored (trimmed, CRLF as LF), or InvalidInput `comment_text_required` / `comment_too_long` / `invalid_characters`. */
export function normalizeCommentText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (normalized === '') throw new InvalidInput('a comment needs a text', undefined, 'comment_text_required');
  if ([...normalized].length > COMMENT_TEXT_MAX_LENGTH) {
    throw new InvalidInput(`a comment has at most ${COMMENT_TEXT_MAX_LENGTH} characters`, { max: COMMENT_TEXT_MAX_LENGTH }, 'comment_too_long');
  }
  if (CONTROL.test(normalized)) throw new InvalidInput('the comment contains control characters', undefined, 'invalid_characters');
  return normalized;
}
