import { approvalsPerDay, firstDayStart } from '../../../server/domain/statistics/approvalsPerDay';

const NOW = new Date('2026-03-10T15:30:00.000Z');
const at = (iso: string, wordCount: number) => ({ at: iso, wordCount });

describe('approvalsPerDay', () => {
  test('gives exactly `days` UTC days ending with the day of now, oldest first, zeros included', () => {
    expect(approvalsPerDay([], NOW, 3)).toEqual([
      { date: '2026-03-08', words: 0, segments: 0 },
      { date: '2026-03-09', words: 0, segments: 0 },
      { date: '2026-03-10', words: 0, segments: 0 },
    ]);
  });

  test.each([
    ['the first second of the first day', '2026-03-08T00:00:00.000Z', '2026-03-08'],
    ['the last millisecond of a day', '2026-03-08T23:59:59.999Z', '2026-03-08'],
    ['midnight, which opens the next day', '2026-03-09T00:00:00.000Z', '2026-03-09'],
    ['today before now', '2026-03-10T01:00:00.000Z', '2026-03-10'],
    ['today after now (a clock ahead)', '2026-03-10T23:00:00.000Z', '2026-03-10'],
    ['an offset other than UTC (22:30 UTC the day before)', '2026-03-09T00:30:00.000+02:00', '2026-03-08'],
  ])('counts an approval at %s on its UTC day', (_name, iso, date) => {
    const days = approvalsPerDay([at(iso, 4)], NOW, 3);
    expect(days.filter((day) => day.segments > 0)).toEqual([{ date, words: 4, segments: 1 }]);
  });

  test.each([
    ['before the first day', '2026-03-07T23:59:59.999Z'],
    ['after today', '2026-03-11T00:00:00.000Z'],
    ['an unreadable timestamp', 'gestern'],
  ])('leaves out an approval %s', (_name, iso) => {
    expect(approvalsPerDay([at(iso, 4)], NOW, 3).every((day) => day.segments === 0 && day.words === 0)).toBe(true);
  });

  test('sums words and counts segments per day', () => {
    const approvals = [at('2026-03-09T08:00:00.000Z', 3), at('2026-03-09T09:00:00.000Z', 5), at('2026-03-10T10:00:00.000Z', 0), at('2026-03-08T12:00:00.000Z', 7)];
    expect(approvalsPerDay(approvals, NOW, 3)).toEqual([
      { date: '2026-03-08', words: 7, segments: 1 },
      { date: '2026-03-09', words: 8, segments: 2 },
      { date: '2026-03-10', words: 0, segments: 1 },
    ]);
  });

  test('one day is today alone; 366 days cross a year boundary and a leap day', () => {
    expect(approvalsPerDay([at('2026-03-10T00:00:00.000Z', 2)], NOW, 1)).toEqual([{ date: '2026-03-10', words: 2, segments: 1 }]);
    const year = approvalsPerDay([], new Date('2025-01-01T12:00:00.000Z'), 366);
    expect([year.length, year[0].date, year[58].date, year[59].date, year[365].date]).toEqual([366, '2024-01-02', '2024-02-29', '2024-03-01', '2025-01-01']);
  });

  test('firstDayStart is midnight UTC of the first day', () => {
    expect(firstDayStart(NOW, 1)).toBe('2026-03-10T00:00:00.000Z');
    expect(firstDayStart(NOW, 30)).toBe('2026-02-09T00:00:00.000Z');
  });
});
