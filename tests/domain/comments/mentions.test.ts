import { findMentions, mentionHandle, type MentionCandidate } from '../../../server/domain/comments/mentions';

const ANNA: MentionCandidate = { id: 'u-anna', name: 'Anna Nowak', email: 'anna.nowak@example.pl' };
const PIOTR: MentionCandidate = { id: 'u-piotr', name: 'Piotr Zieliński', email: 'pz@example.pl' };
const ANNA_K: MentionCandidate = { id: 'u-anna-k', name: 'Anna Kowalska', email: 'kowalska@example.pl' };
const MEMBERS = [ANNA, PIOTR];

describe('findMentions', () => {
  test.each([
    ['@AnnaNowak bitte prüfen', ['u-anna']],
    ['@annanowak bitte prüfen', ['u-anna']],
    ['Frage an @anna.nowak.', ['u-anna']],
    ['@Anna, siehe Glossar', ['u-anna']],
    ['@PiotrZielinski und @PiotrZieliński sind dieselbe Person', ['u-piotr']],
    ['@pz: Zahl fehlt', ['u-piotr']],
    ['(@Piotr) und @Anna', ['u-piotr', 'u-anna']],
  ])('%s mentions %j', (text, expected) => {
    expect(findMentions(text, MEMBERS)).toEqual(expected);
  });

  test.each([
    ['an e-mail address mentions nobody', 'Schreib an anna.nowak@example.pl'],
    ['a name that is no member mentions nobody', '@Marta weiß es'],
    ['an @ alone mentions nobody', 'Preis @ 5 Euro'],
    ['a handle only starting like a member’s mentions nobody', '@AnnaNowakowska'],
  ])('%s', (_what, text) => {
    expect(findMentions(text, MEMBERS)).toEqual([]);
  });

  test('a first name two members share mentions neither; their full handles still do', () => {
    expect(findMentions('@Anna?', [ANNA, ANNA_K])).toEqual([]);
    expect(findMentions('@AnnaKowalska und @AnnaNowak', [ANNA, ANNA_K])).toEqual(['u-anna-k', 'u-anna']);
  });

  test('the handle a member is offered under is the name without whitespace', () => {
    expect(mentionHandle(PIOTR)).toBe('PiotrZieliński');
    expect(findMentions(`@${mentionHandle(PIOTR)}`, MEMBERS)).toEqual(['u-piotr']);
  });
});
