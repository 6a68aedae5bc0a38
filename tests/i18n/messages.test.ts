// The message catalogue: every code in every language, with the same placeholders.
import { LANGUAGES, MESSAGES, pickLanguage, translateError } from '../../server/i18n';

type Catalogue = Record<string, unknown>;

const REQUIRED_CODES = [
  'not_found', 'invalid_input', 'invalid_json', 'payload_too_large', 'unsupported_media_type', 'route_not_found',
  'unauthenticated', 'invalid_credentials', 'forbidden', 'csrf_rejected', 'invalid_transition', 'conflict',
  'version_conflict', 'email_taken', 'rate_limited', 'empty_document', 'invalid_characters', 'empty_target',
  'reason_required', 'self_approval_forbidden', 'mt_not_configured', 'mt_job_running', 'export_not_ready', 'internal_error',
  'unsupported_language_pair', 'request_aborted', 'empty_title', 'unsupported_export_format',
  'mt_quota_exceeded', 'mt_auth_failed', 'mt_unavailable', 'mt_rejected', 'mt_rate_limited', 'mt_too_large', 'mt_job_failed',
  'invalid_beads', 'alignment_confirmed',
  'qa_errors', 'qa_override_reason_required',
  'wrong_password', 'password_too_short', 'password_too_long', 'password_too_common', 'reset_link_invalid', 'account_inactive',
  'last_admin', 'no_admin',
  'invalid_webhook_url',
];

/** Every string in a catalogue by its dotted key. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [k, v] of flatten(value as Catalogue, `${prefix}${key}.`)) entries.set(k, v);
  }
  return entries;
}
const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('error messages', () => {
  const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, flatten(MESSAGES[lang] as Catalogue)]));

  test.each(LANGUAGES)('%s has a non-empty message for every required code', (lang) => {
    for (const code of REQUIRED_CODES) expect([code, (catalogues[lang].get(code) ?? '').length > 10]).toEqual([code, true]);
  });

  test('all languages have the same keys, and each message the same placeholders', () => {
    const keys = [...catalogues.en.keys()].sort();
    for (const lang of LANGUAGES) {
      expect([...catalogues[lang].keys()].sort()).toEqual(keys);
      for (const key of keys) expect([lang, key, placeholders(catalogues[lang].get(key)!)]).toEqual([lang, key, placeholders(catalogues.en.get(key)!)]);
    }
  });

  test('German and Polish messages are translations, not copies of the English ones', () => {
    for (const code of REQUIRED_CODES) {
      expect([code, catalogues.de.get(code) === catalogues.en.get(code)]).toEqual([code, false]);
      expect([code, catalogues.pl.get(code) === catalogues.en.get(code)]).toEqual([code, false]);
    }
  });

  test('not_found names the localized entity', () => {
    expect(translateError('not_found', { entity: 'document' }, 'de')).toBe('Das Dokument wurde nicht gefunden.');
    expect(translateError('not_found', { entity: 'segment' }, 'pl')).toBe('Nie znaleziono segmentu.');
    expect(translateError('not_found', { entity: 'job' }, 'en')).toBe('The machine translation job was not found.');
    expect(translateError('not_found', { entity: 'thing' }, 'de')).toBe('Der Datensatz wurde nicht gefunden.');
  });

  test('invalid_transition localizes the state and the action', () => {
    expect(translateError('invalid_transition', { from: 'draft', action: 'approve' }, 'de')).toBe(
      'Ein Segment im Status „Entwurf“ kann nicht freigegeben werden.',
    );
    expect(translateError('invalid_transition', { from: 'locked', action: 'edit' }, 'pl')).toBe(
      'Segmentu w stanie „zablokowany” nie można edytować.',
    );
    expect(translateError('invalid_transition', { from: 'new', action: 'confirm' }, 'en')).toBe('A segment in the state “new” cannot be confirmed.');
  });

  test('an unknown code falls back to the given message, else to the code', () => {
    expect(translateError('brand_new_code', {}, 'de', 'something happened')).toBe('something happened');
    expect(translateError('brand_new_code', {}, 'de')).toBe('brand_new_code');
  });
});

describe('pickLanguage', () => {
  test.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['PL-pl', 'pl'],
    ['en-US,en;q=0.9,pl;q=0.8', 'en'],
    ['fr-CH, fr;q=0.9, de;q=0.7, pl;q=0.8', 'pl'],
    ['pl;q=0, de;q=0.1', 'de'],
    ['*', 'en'],
    ['de;q=0.5, pl;q=0.5', 'de'],
    ['xx;q=abc, pl', 'pl'],
  ])('%p → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});
