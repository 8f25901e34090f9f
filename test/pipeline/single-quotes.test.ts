import { describe, expect, it } from 'vitest';
import { singleQuotesAsDouble } from '../../src/pipeline/attribution/single-quotes.js';

describe('singleQuotesAsDouble', () => {
  it.each([
    ['‘We will rebuild,’ the mayor said.', '“We will rebuild,” the mayor said.'],
    ["'We will rebuild,' the mayor said.", '“We will rebuild,” the mayor said.'],
    // apostrophes inside words and after a plural are no quotation marks
    ['‘They’re wrong,’ he said of the ministers’ plan.', '“They’re wrong,” he said of the ministers’ plan.'],
    ['‘Our members’ jobs are at stake,’ the union said.', '“Our members’ jobs are at stake,” the union said.'],
    ['The plan would ‘cut waste’, he said.', 'The plan would “cut waste”, he said.'],
    // a quotation running over paragraphs opens each and closes only the last
    ['‘We came at night.\n\n‘We left at dawn,’ she said.', '“We came at night.\n\n“We left at dawn,” she said.'],
    // British nesting: the double marks inside a single quotation are its inner quotation
    ['‘He told us “no money”, then left,’ she said.', '“He told us ‘no money’, then left,” she said.'],
  ])('%j', (text, expected) => {
    const read = singleQuotesAsDouble(text);
    expect(read).toBe(expected);
    expect(read).toHaveLength(text.length);
  });

  it.each([
    'The mayor’s plan failed, the ministers’ aides said.',
    "Rock 'n' roll and the '90s are back, she said.",
    'And how ‘bout this headline from the Post: “Crime alters residents’ routines”.',
    // inside a quotation in double marks, single ones quote its speaker's source
    '“He told me ‘never again’,” the mayor said.',
  ])('leaves %j as it is', (text) => {
    expect(singleQuotesAsDouble(text)).toBe(text);
  });
});
