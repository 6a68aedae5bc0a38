import { extractAnchors } from '../../../server/domain/alignment/anchors';

const keys = (sentence: string) => extractAnchors(sentence).map((a) => a.key);

describe('extractAnchors', () => {
  it.each<[string, string, string[]]>([
    ['numeric and named dates', 'Görlitz, 31.01.2024.', ['date:31.1', 'number:2024', 'name:Görlitz']],
    ['Polish genitive month', 'Zgorzelec, 31 stycznia 2024 r.', ['date:31.1', 'number:2024', 'name:Zgorzelec']],
    ['German month name (names need three letters)', 'Am 18. Mai 2024', ['date:18.5', 'number:2024']],
    ['date range without the first year', 'Vom 16.09. bis 04.10.2024', ['date:16.9', 'date:4.10', 'number:2024', 'name:Vom']],
    ['thousands with a dot', 'mehr als 180.000 Fahrgäste', ['number:180000', 'name:Fahrgäste']],
    ['thousands with a space', 'ponad 180 000 pasażerów', ['number:180000']],
    ['decimal comma', 'rund 4,6 Millionen Euro', ['number:4,6', 'name:Millionen', 'name:Euro']],
    ['full hours count as the hour (8:00 = 8 Uhr)', 'Montag: 8:00–16:00 Uhr', ['number:8', 'number:16', 'name:Montag', 'name:Uhr']],
    ['times within the hour', 'ab 9:30 oder 17.45 Uhr', ['time:9:30', 'time:17:45', 'name:Uhr']],
    ['codes', 'Formular S1, Gruppe 9a', ['code:s1', 'code:9a', 'name:Formular', 'name:Gruppe']],
    ['URL and e-mail', 'Siehe www.goerlitz.de. E-Mail: presse@goerlitz.de', ['url:www.goerlitz.de', 'email:presse@goerlitz.de', 'name:Siehe', 'name:Mail']],
    ['placeholders and quotes', '„Via Thea“ {1}heute{/1}', ['placeholder:{1}', 'placeholder:{/1}', 'name:Via', 'name:Thea', 'punct:"']],
    ['a question', 'Wer darf einen Antrag stellen?', ['name:Wer', 'name:Antrag', 'punct:?']],
    ['a closing colon', 'Wichtig:', ['name:Wichtig', 'punct::']],
    ['no closing colon after a blanked e-mail', 'E-Mail: info@goerlitz.de', ['email:info@goerlitz.de', 'name:Mail']],
  ])('%s', (_, sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('gives a German and a Polish date the same keys', () => {
    const de = keys('Die Sitzung findet am 23.05.2024 um 17:00 Uhr statt.').filter((k) => !k.startsWith('name:'));
    const pl = keys('Posiedzenie odbędzie się 23 maja 2024 r. o godz. 17:00.').filter((k) => !k.startsWith('name:'));
    expect(de.sort()).toEqual(['date:23.5', 'number:17', 'number:2024']);
    expect(pl.sort()).toEqual(de);
  });
});
