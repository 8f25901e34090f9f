import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const dates = (text: string, published: string) =>
  analyze(text, { published }).dates.map((d) => ({ text: text.slice(d.start, d.end), date: d.date, precision: d.precision, implied: d.implied, ...(d.end_date ? { end_date: d.end_date } : {}) }));

describe('resolveDates', () => {
  it.each([
    ['During the meeting on December 23, he heard a report.', '2024-12-24', 'December 23', '2024-12-23', 'day', ['year']],
    // Across New Year: read on January 2, "December 30" is the past December.
    ['The vote took place on December 30.', '2025-01-02', 'December 30', '2024-12-30', 'day', ['year']],
    ['The vote is set for January 3.', '2024-12-30', 'January 3', '2025-01-03', 'day', ['year']],
    ['The plant closed in March 2016 for good.', '2016-09-01', 'March 2016', '2016-03', 'month', []],
    ['The plant closed in March for good.', '2016-09-01', 'March', '2016-03', 'month', ['year']],
    ['The law was passed in 2016 after a debate.', '2017-05-01', '2016', '2016', 'year', []],
    ['The strike began yesterday.', '2024-12-24', 'yesterday', '2024-12-23', 'day', ['year', 'month', 'day']],
    ['The deal was signed on Sept. 30, 2015 in Vienna.', '2016-01-01', 'Sept. 30, 2015', '2015-09-30', 'day', []],
    // A bare weekday in a report is the last one (published on a Wednesday) ...
    ['Residents were evacuated on Saturday.', '2025-04-09', 'on Saturday', '2025-04-05', 'day', ['year', 'month', 'day']],
    ['Rescuers arrived on Monday.', '2025-04-09', 'on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    // the paper's own day, whatever the hour
    ['Power was back on Sunday evening.', '2024-12-08', 'on Sunday evening', '2024-12-08', 'day', ['year', 'month', 'day']],
    // ... unless the sentence speaks of the future.
    ['Talks will resume on Saturday.', '2025-04-09', 'on Saturday', '2025-04-12', 'day', ['year', 'month', 'day']],
    ['Talks will resume on Monday.', '2025-04-09', 'on Monday', '2025-04-14', 'day', ['year', 'month', 'day']],
    // an end the present looks ahead to; a past one is past
    ['Flood warnings are in place until Friday.', '2025-04-09', 'Friday', '2025-04-11', 'day', ['year', 'month', 'day']],
    ['The road was closed until Monday.', '2025-04-09', 'Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    // "would" looks ahead from the report, unless the weekday dates the speech or it is "would have"
    ['Officials said the search would continue on Monday.', '2025-04-09', 'on Monday', '2025-04-14', 'day', ['year', 'month', 'day']],
    ['The plan would have helped, the mayor said on Monday.', '2025-04-09', 'on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    // a future in what was said does not move the day of the saying
    ['The mill plans to close its kilns, the owner said Monday.', '2025-04-09', 'Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    // a figure before a weekday is no hour: the date leaves it to the figure
    ['The toll rose to 17 on Monday.', '2025-04-09', 'on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    ['The toll rose to 33, up from 17 on Monday.', '2025-04-09', 'on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    // chrono drops the day with an hour 24 it rejects
    ['The toll stood at 24 on Monday.', '2025-04-09', 'on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
    ['The siren sounded at 11 pm on Monday.', '2025-04-09', 'at 11 pm on Monday', '2025-04-07', 'day', ['year', 'month', 'day']],
  ])('%s (published %s)', (text, published, surface, date, precision, implied) => {
    const found = dates(text, published);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: surface, date, precision });
    expect([...found[0]!.implied].sort()).toEqual([...implied].sort());
  });

  it('gives a range its end date', () => {
    expect(dates('The poll ran from Jan. 5 to Jan. 9 this year.', '2016-02-01')[0]).toMatchObject({ date: '2016-01-05', end_date: '2016-01-09', precision: 'range' });
  });

  it('reads a span of years as a range, but two years joined by "and" as two', () => {
    const at = (text: string) => dates(text, '2026-01-01').map((d) => [d.text, d.date, d.end_date, d.precision]);
    expect(at('The clerk took bribes between 2019 and 2023.')).toEqual([['between 2019 and 2023', '2019', '2023', 'range']]);
    expect(at('Rents rose from 2010 to 2014.')).toEqual([['from 2010 to 2014', '2010', '2014', 'range']]);
    expect(at('In the 2019-2023 term, the council met twice.')).toEqual([['2019-2023', '2019', '2023', 'range']]);
    expect(at('The 2019 and 2023 elections were close.')).toEqual([['2019', '2019', undefined, 'year'], ['2023', '2023', undefined, 'year']]);
  });

  it('does not read a figure after "December," as a two-digit year', () => {
    expect(dates('He polls better than in December, 64 percent to 56 percent.', '2016-02-18')).toEqual([{ text: 'December', date: '2015-12', precision: 'month', implied: ['year'] }]);
  });

  it('reads "in a week of …" as a length of time, "in a week" alone as a day ahead', () => {
    expect(dates('Police detained 400 people in a week of protests, the ministry said on Thursday.', '2024-12-05').map((d) => d.text)).toEqual(['on Thursday']);
    expect(dates('The ferries sailed again after a week of storms, the operator said on Thursday.', '2024-12-05').map((d) => d.text)).toEqual(['on Thursday']);
    expect(dates('Talks will resume in a week, the ministry said on Thursday.', '2024-12-05').map((d) => [d.text, d.date])).toEqual([['in a week', '2024-12-12'], ['on Thursday', '2024-12-05']]);
  });

  it('reads no day in "a day after" an event: chrono would count it from the day of publication', () => {
    expect(dates('Rescuers worked on Tuesday, a day after the dam broke.', '2025-02-08').map((d) => d.text)).toEqual(['on Tuesday']);
  });

  it('reads a date written with dots day first, one with slashes month first', () => {
    expect(dates('The blast on 02.03.2025 injured four people.', '2025-03-05').map((d) => [d.text, d.date])).toEqual([['02.03.2025', '2025-03-02']]);
    expect(dates('The blast on 03/02/2025 injured four people.', '2025-03-05').map((d) => [d.text, d.date])).toEqual([['03/02/2025', '2025-03-02']]);
    // a day past 12 (no month reading) and a sentence around it: chrono alone read no date there
    expect(dates('Losses from 24.02.22 to 04.12.25 amounted to 900.', '2025-12-05').map((d) => [d.text, d.date])).toEqual([['24.02.22', '2022-02-24'], ['04.12.25', '2025-12-04']]);
    expect(dates('The losses from 24.02.2022 amounted to 900.', '2025-12-05').map((d) => [d.text, d.date])).toEqual([['24.02.2022', '2022-02-24']]);
  });

  it('gives "last week" week precision', () => {
    expect(dates('Prices fell last week.', '2024-12-24')[0]).toMatchObject({ text: 'last week', precision: 'week' });
  });

  it.each([
    'You may go home early.',
    'The march was long and cold.',
    'A USA TODAY analysis found gaps.',
    'Now it is time to act.',
    'The fund received 3,000 applications.',
    'He was one of the first to arrive.',
  ])('finds no date in %s', (text) => {
    expect(dates(text, '2024-12-24')).toEqual([]);
  });
});

describe('findPublicationDate', () => {
  const undated = (text: string) => {
    const doc = analyze(text);
    return { published: doc.published, dates: doc.dates.map((d) => `${text.slice(d.start, d.end)}=${d.date}`), messages: doc.messages.map((m) => m.rule) };
  };

  it('reads the day from a byline line at the top, and counts relative dates from it', () => {
    const found = undated('Ferry service resumes\nBy Staff Reporter - June 3, 2026\n\nThe ferries sailed again on Tuesday, the operator said.');
    expect(found.published).toBe('2026-06-03');
    // the byline itself is debris, not a date the article reports
    expect(found.dates).toEqual(['on Tuesday=2026-06-02']);
    expect(found.messages).toEqual(['dates/publication-from-dateline']);
  });

  it('reads a dateline opening the first paragraph after a place in capitals (the dateline itself is debris)', () => {
    expect(undated('KELL, June 3, 2026 — The ferries sailed again yesterday after a week of storms, the operator said.').dates).toEqual(['yesterday=2026-06-02']);
  });

  it('takes no date from prose: with none given, dates that need one are left out and a message says so', () => {
    const found = undated('The operator said on Tuesday that the ferries had stopped on March 2, 2026 and in 2019, and would sail in May, as over the past day.');
    expect(found.published).toBeUndefined();
    expect(found.dates).toEqual(['March 2, 2026=2026-03-02', '2019=2019']);
    expect(found.messages).toEqual(['dates/no-publication-date']);
  });

  it('reads a dotted date in a byline day first', () => {
    expect(undated('Published: 04.03.2026 14:20\n\nThe ferries sailed again on Tuesday, the operator said.').published).toBe('2026-03-04');
  });

  it('leaves a given publication date alone', () => {
    expect(analyze('By Staff Reporter - June 3, 2026\n\nThe ferries sailed on Tuesday.', { published: '2026-06-05' }).dates.map((d) => d.date)).toEqual(['2026-06-02']);
  });
});
