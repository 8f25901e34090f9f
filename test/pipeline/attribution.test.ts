import { describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';
import { attributeClaims } from '../../src/pipeline/attribute-claims.js';
import { analyze } from '../../src/analyze.js';
import { findQuotes } from '../../src/pipeline/attribution/view.js';
import { withWholeQuoteMarks } from '../../src/pipeline/attribution/content-span.js';

function segmented(text: string): Doc {
  let doc: Doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return { ...doc, ...splitSentences(doc) };
}

function claimsOf(text: string) {
  const doc = segmented(text);
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return attributeClaims(doc).map((c) => ({ cue: at(c.cue), source: at(c.source), content: c.content.map(at), unsourced: c.unsourced, anonymous: c.source?.anonymous ?? false, kind: c.kind, chain: c.chain?.map(at) }));
}

describe('attributeClaims: shapes that must match', () => {
  const rows: [string, { cue: string; source: string | null; content: string[] }][] = [
    ['The mayor said that the bridge will reopen in May.', { cue: 'said', source: 'The mayor', content: ['that the bridge will reopen in May'] }],
    ['The bridge will reopen in May, the mayor said.', { cue: 'said', source: 'the mayor', content: ['The bridge will reopen in May'] }],
    ['“We are ready,” said Maria Lopez.', { cue: 'said', source: 'Maria Lopez', content: ['“We are ready,”'] }],
    ['“We are ready,” the coach said, “and we will win.”', { cue: 'said', source: 'the coach', content: ['“We are ready,”', '“and we will win.”'] }],
    ['According to the ministry, prices rose by four percent.', { cue: 'According to', source: 'the ministry', content: ['prices rose by four percent'] }],
    ['Prices rose by four percent, according to the ministry.', { cue: 'According to'.toLowerCase(), source: 'the ministry', content: ['Prices rose by four percent'] }],
    ['According to early estimates, the number of killed and wounded civilians rose to 40.', { cue: 'According to', source: 'early estimates', content: ['the number of killed and wounded civilians rose to 40'] }],
    ['The governor told reporters that taxes would fall.', { cue: 'told', source: 'The governor', content: ['that taxes would fall'] }],
    ['The senator said during a visit to Ohio that he would run again.', { cue: 'said', source: 'The senator', content: ['that he would run again'] }],
    ['The ministry said in a statement that the talks had failed.', { cue: 'said in a statement', source: 'The ministry', content: ['that the talks had failed'] }],
    ['The president said in his nightly address that rescuers would keep digging.', { cue: 'said', source: 'The president', content: ['that rescuers would keep digging'] }],
    ['The senator announced on the convention floor that the delegates had voted.', { cue: 'announced', source: 'The senator', content: ['that the delegates had voted'] }],
    ['Poll: Smith leads the race in Iowa', { cue: ':', source: 'Poll', content: ['Smith leads the race in Iowa'] }],
    ['It became known that the factory will close.', { cue: 'became known', source: null, content: ['that the factory will close'] }],
    ['Earlier, it became known that the factory will close.', { cue: 'became known', source: null, content: ['that the factory will close'] }],
    ['- Police have detained 40 people, according to the ministry.', { cue: 'according to', source: 'the ministry', content: ['Police have detained 40 people'] }],
    ['As reported by the General Staff, the enemy lost 12 tanks.', { cue: 'As reported by', source: 'the General Staff', content: ['the enemy lost 12 tanks'] }],
    ['The talks failed, as stated by the ministry.', { cue: 'as stated by', source: 'the ministry', content: ['The talks failed'] }],
    ['Bread prices will rise, the minister said before leaving for Brussels.', { cue: 'said', source: 'the minister', content: ['Bread prices will rise'] }],
    // a clause the writer adds after the cue clause's comma sets the scene; a hyphenated modifier stays in the source
    ['Bread prices will rise, the flour-milling group said on Friday, as wheat costs climbed for a third month.', { cue: 'said', source: 'the flour-milling group', content: ['Bread prices will rise'] }],
    // a participle of belief right after a noun is a reduced passive: nobody is named, the noun is reported
    ['Strong quake hits northern Velm; dozens feared dead', { cue: 'feared', source: null, content: ['dozens', 'dead'] }],
    // a headline drops the auxiliary of its passive: nobody is named, and the rest of the line is reported
    ['Explosions reported in Kell\n\nThe mayor said two people were hurt.', { cue: 'reported', source: null, content: ['Explosions', 'in Kell'] }],
    // a post's emoji or a bullet before the speaker is not the speaker's
    ['⚡️ Officials reported explosions in the city', { cue: 'reported', source: 'Officials', content: ['explosions in the city'] }],
    ['• Rescuers said 12 people were trapped.', { cue: 'said', source: 'Rescuers', content: ['12 people were trapped'] }],
    // a plural subject's "report", which wink reads as a noun
    ['Engineers report that the dam held.', { cue: 'report', source: 'Engineers', content: ['that the dam held'] }],
    // a bound after the cue opens a figure, not a setting
    ['Local channels report at least 5 explosions.', { cue: 'report', source: 'Local channels', content: ['at least 5 explosions'] }],
    // what the press reports is news whatever its form
    ['Earlier, local media reported explosions in the city.', { cue: 'reported', source: 'local media', content: ['explosions in the city'] }],
    // a participle's aside in commas belongs to the source
    ['The audit, released on Friday, says the council spent too much.', { cue: 'says', source: 'The audit, released on Friday,', content: ['the council spent too much'] }],
    // a speaker, the verb and a "that" clause make a claim even where the tagger saw no cue
    ['Prosecutors allege that the clerk forged the ledgers.', { cue: 'allege', source: 'Prosecutors', content: ['that the clerk forged the ledgers'] }],
    // a participle's post-modifiers belong to the subject that opens the sentence
    ['A guild representing bakers in the northern towns said it had not been asked.', { cue: 'said', source: 'A guild representing bakers in the northern towns', content: ['it had not been asked'] }],
    ['“We lost two tanks,” spokesman Maj. Gen. Ivan Roe told reporters when asked.', { cue: 'told', source: 'spokesman Maj. Gen. Ivan Roe', content: ['“We lost two tanks,”'] }],
    // a setting after the hearer still ends the cue clause: what was said is before it
    ['The pumps failed at dawn, the engineer told reporters in Kell on Friday.', { cue: 'told', source: 'the engineer', content: ['The pumps failed at dawn'] }],
    ['The mayor said after the vote that bread prices will rise.', { cue: 'said', source: 'The mayor', content: ['that bread prices will rise'] }],
    ['Jane Roe, the head of the union, said the strike would go on.', { cue: 'said', source: 'Jane Roe, the head of the union,', content: ['the strike would go on'] }],
    ['Fifty percent of registered voters say the economy is improving.', { cue: 'say', source: 'Fifty percent of registered voters', content: ['the economy is improving'] }],
    ['Rep. Jane Roe (D-Ohio) said the bill would pass.', { cue: 'said', source: 'Rep. Jane Roe (D-Ohio)', content: ['the bill would pass'] }],
    ['“We will appeal,” Roe said Friday.', { cue: 'said', source: 'Roe', content: ['“We will appeal,”'] }],
    ['The mayor praised the plan and said that work would start soon.', { cue: 'said', source: 'The mayor', content: ['that work would start soon'] }],
    ['“Prices will fall,” the report said. “Wages will rise.”', { cue: 'said', source: 'the report', content: ['“Prices will fall,”', '“Wages will rise.”'] }],
    ['The new tax, the mayor said, will hurt small shops.', { cue: 'said', source: 'the mayor', content: ['The new tax', 'will hurt small shops'] }],
    ['The museum, the curator said, celebrated several local heroes.', { cue: 'said', source: 'the curator', content: ['The museum', 'celebrated several local heroes'] }],
    ['The plan will pass, the clerk said, adding that it was late.', { cue: 'said', source: 'the clerk', content: ['The plan will pass'] }],
    ['The coach said the team would win and celebrated with fans.', { cue: 'said', source: 'The coach', content: ['the team would win'] }],
    ['“The dam will hold,” the engineer said at the site on Monday. “We checked it twice.”', { cue: 'said', source: 'the engineer', content: ['“The dam will hold,”', '“We checked it twice.”'] }],
    ['“It is over,” she said of the vote, which she had lost.', { cue: 'said', source: 'she', content: ['“It is over,”'] }],
    ['According to one of the guards, there was a case when the prisoners opened fire on the staff.', { cue: 'According to', source: 'one of the guards', content: ['there was a case when the prisoners opened fire on the staff'] }],
    ['The coach told radio host Jim Roe on Thursday how surprised he was by the result.', { cue: 'told', source: 'The coach', content: ['how surprised he was by the result'] }],
    ['On this week’s episode of “Morning Talk,” the senator said the bill was dead.', { cue: 'said', source: 'the senator', content: ['the bill was dead'] }],
    ['The senator told Morning Radio Show host Jim Smith on Friday that the bill was dead.', { cue: 'told', source: 'The senator', content: ['that the bill was dead'] }],
    ['The mayor praised the new budget during a rally in Ohio.', { cue: 'praised', source: 'The mayor', content: ['the new budget'] }],
    ['The mayor called the senator a “bully” on Friday.', { cue: 'called', source: 'The mayor', content: ['the senator a “bully”'] }],
    ['The senator criticized the new rules, which took effect in May.', { cue: 'criticized', source: 'The senator', content: ['the new rules'] }],
    ['The senator criticized the new rules, including the ban on imports.', { cue: 'criticized', source: 'The senator', content: ['the new rules, including the ban on imports'] }],
    ['“Prices will fall,” the clerk said on Tuesday, “and soon.”', { cue: 'said', source: 'the clerk', content: ['“Prices will fall,”', '“and soon.”'] }],
  ];
  it('keeps a setting after the cue in the cue clause of an interrupted sentence', () => {
    const claims = claimsOf('The new road, the engineer explained later at the hearing, will open in May.');
    expect(claims).toContainEqual(expect.objectContaining({ source: 'the engineer', content: ['The new road', 'will open in May'] }));
  });

  it.each([
    ['Turnout in the north is expected to rise sharply.', ['Turnout in the north', 'to rise sharply']],
    ['The old mayor seems to have left town.', ['The old mayor', 'to have left town']],
  ])('keeps the subject of a raising cue in the content, with no source: %s', (text, content) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ source: null, content }));
  });

  it('keeps a relative word before the source as the first content fragment', () => {
    const claims = claimsOf('The mill, which the owner says he will keep open, lost money.');
    expect(claims).toContainEqual(expect.objectContaining({ source: 'the owner', content: ['which', expect.stringMatching(/^he will keep open/u)] }));
  });

  it('reads quotation marks written as two apostrophes', () => {
    const claims = claimsOf("''The dam will hold,'' said the engineer, Jane Roe. ''We checked it twice.''");
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'said', content: ["''The dam will hold,''", "''We checked it twice.''"], kind: 'direct-quote' }));
  });

  it.each([
    ['“We can do better than this.” ― Jane Roe\n“Next comment,” he said.', 'Jane Roe', '―'],
    ['"The plan pays for itself."\n\n- Roe, in a statement.\n\nThat is not so.', 'Roe', '-'],
  ])('reads a quotation signed with a dash: %s', (text, source, cue) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ cue, source, kind: 'direct-quote' }));
  });

  it('takes a bare clause with a subject pronoun as a strict gerund cue\'s content', () => {
    expect(claimsOf('He said the day became personal, adding he would never vote for her.')).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'He', content: ['he would never vote for her'] }));
    expect(claimsOf('She added salt, then it boiled over.').map((c) => c.cue)).not.toContain('added');
  });

  it('reads a signed quotation that opens with a closing mark typed the wrong way', () => {
    const text = 'Comments:\n\n”The levy is unfair. It hits renters hardest.” ― Ana Ortiz\n“It is overdue.” ― Ben Cole';
    const claims = claimsOf(text);
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Ana Ortiz', content: ['”The levy is unfair. It hits renters hardest.”'] }));
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Ben Cole', content: ['“It is overdue.”'] }));
  });

  it('reads each turn of a quoted transcript: the capitalised speaker, the colon, the whole paragraph', () => {
    const text = 'The exchange went as follows:\n\n"HOST: Will the bridge close? Residents say they were never told.\n\n"MAYOR ROE: It will close for a month. We said so in June.\n\n"HOST: Why a month?\n\nUPDATE: The bridge reopened.';
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.cue === ':').map((c) => [c.source, c.content, c.kind])).toEqual([
      ['HOST', ['Will the bridge close? Residents say they were never told.'], 'direct-quote'],
      ['MAYOR ROE', ['It will close for a month. We said so in June.'], 'direct-quote'],
      ['HOST', ['Why a month?'], 'direct-quote'],
    ]);
    // the claims inside a turn are part of its quote
    expect(claims.map((c) => c.cue)).not.toContain('say');
  });

  it('takes a capitalised label for a speaker only in a dialogue', () => {
    const text = 'UPDATE: The bridge reopened on Friday after repairs.\n\nCORRECTION: An earlier version misstated the date.';
    expect(claimsOf(text).filter((c) => c.cue === ':' && c.source === 'UPDATE')).toEqual([]);
    expect(claimsOf('ROE: We will appeal. The ruling is wrong.').map((c) => c.content)).not.toContainEqual(['We will appeal. The ruling is wrong.']);
  });

  it('does not take a dash inside a sentence for a signature', () => {
    expect(claimsOf('He called it “a disaster” — and voters agreed with him on that.').map((c) => c.cue)).not.toContain('—');
  });

  it.each([
    ['“The plan is bad,” Senate Majority Leader Jane Roe, R-Ky., said.', '“The plan is bad,”'],
    ['“We need real change.” Jane Roe, the director of the clinic, told the local paper.', '“We need real change.”'],
    ['Raising the tax “is a misguided approach,” she said.', 'Raising the tax “is a misguided approach,”'],
    ['“The rule is an overreach,” Jane Roe, the attorney general of a state suing the agency, said at an event.', '“The rule is an overreach,”'],
  ])('takes the quotation (and the clause it finishes) before the speaker: %s', (text, content) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ content: [content] }));
  });

  it.each([
    ['However, the plan will fail, the mayor said.', 'the plan will fail'],
    ['In fact, the bridge is closed, he said.', 'the bridge is closed'],
  ])('leaves a leading connective out of the content before the cue: %s', (text, content) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ content: [content] }));
  });

  it('does not take a clause with its own attribution before the quotation as content', () => {
    const claims = claimsOf('Roe said she backed the plan because “it is fair,” she said.');
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Roe', cue: 'said', content: ['she backed the plan because “it is fair,”'] }));
  });

  it.each([
    ['The bridge will close for a year, said Jane Roe, a senior official at the agency.', 'The bridge will close for a year'],
    ['The bridge will close for a year, the mayor said, and traffic will suffer.', 'The bridge will close for a year'],
  ])('keeps a speaker\'s appositive and the writer\'s "and" clause out of the content: %s', (text, content) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ content: [content] }));
  });

  it('does not read the object of a non-speech cue as an inverted speaker', () => {
    const claim = claimsOf('A spokeswoman for the port, Jane Roe, called the union\'s number "wildly inflated".').find((c) => c.cue === 'called');
    expect(claim?.content.join(' ')).toContain('wildly inflated');
    expect(claim?.content).not.toContain('A spokeswoman for the port, Jane Roe');
  });

  it('reads a sentence-opening "Reportedly," as an unsourced claim', () => {
    expect(claimsOf('Reportedly, the council is planning a new tax.')).toContainEqual(expect.objectContaining({ cue: 'Reportedly', source: null, unsourced: true, content: ['the council is planning a new tax'] }));
  });

  it('skips a pronoun hearer before an unmarked clause: "told him talks could resume"', () => {
    expect(claimsOf('The clerk told him talks could resume soon.')).toContainEqual(expect.objectContaining({ cue: 'told', content: ['talks could resume soon'] }));
  });

  it('does not join the next quotation when another speaker follows it', () => {
    const claims = claimsOf('“The dam will hold,” the engineer said. “It will not,” the mayor replied.');
    expect(claims).toContainEqual(expect.objectContaining({ source: 'the engineer', content: ['“The dam will hold,”'] }));
  });
  it('joins a quotation that is the whole next paragraph, and not one followed by its own cue', () => {
    const joined = claimsOf('“The dam will hold,” the engineer said on Monday.\n\n“We checked every gate twice.”\n\nThe mayor was not convinced.');
    expect(joined).toContainEqual(expect.objectContaining({ source: 'the engineer', content: ['“The dam will hold,”', '“We checked every gate twice.”'] }));
    const own = claimsOf('“The dam will hold,” the engineer said on Monday.\n\n“It will not,” the mayor replied.');
    expect(own).toContainEqual(expect.objectContaining({ source: 'the engineer', content: ['“The dam will hold,”'] }));
  });

  it('resumes a quotation that closed an unquoted lead-in, past an inverted speaker\'s appositive', () => {
    const claims = claimsOf('The report ‘‘was a warning we ignored,’’ said Jane Roe, the former planner. “Nobody read it.”'.replace(/‘‘|’’/gu, "''"));
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Jane Roe, the former planner', content: ["The report ''was a warning we ignored,''", '“Nobody read it.”'] }));
  });

  it('gives an agentless passive no source, its subject joining the content; a feeling keeps its holder', () => {
    expect(claimsOf('It was revealed on Monday that the mayor had resigned.')).toContainEqual(expect.objectContaining({ cue: 'was revealed', source: null, content: ['that the mayor had resigned'] }));
    expect(claimsOf('Jane Roe was named the new director of the museum.')).toContainEqual(expect.objectContaining({ cue: 'was named', source: null, content: ['Jane Roe', 'the new director of the museum'] }));
    expect(claimsOf('The union is widely seen as one of the most liberal in the state.')).toContainEqual(expect.objectContaining({ cue: 'is widely seen as', source: null, content: ['The union', 'one of the most liberal in the state'] }));
    expect(claimsOf('The mayor was asked a question about the budget.')).toContainEqual(expect.objectContaining({ cue: 'was asked', source: null, content: ['a question about the budget'] }));
    expect(claimsOf('Many voters are worried that prices will rise.')).toContainEqual(expect.objectContaining({ cue: 'are worried', source: 'Many voters', content: ['that prices will rise'] }));
  });

  it('reads the phrase after a passive cue\'s "by" as its agent; the subject is what is reported', () => {
    expect(claimsOf('The measure was rejected by 64 percent of the voters in Bern.')).toContainEqual(expect.objectContaining({ cue: 'was rejected', source: '64 percent of the voters in Bern', content: ['The measure'] }));
    expect(claimsOf("Roe's tax plan was praised by three senators on Tuesday.")).toContainEqual(expect.objectContaining({ cue: 'was praised', source: 'three senators', content: ["Roe's tax plan"] }));
  });

  it('keeps the speaker named after an inverted "say", never the clause before it', () => {
    expect(claimsOf('More than 50 dead in Riverton floods, say rescuers')).toContainEqual(expect.objectContaining({ cue: 'say', source: 'rescuers', content: ['More than 50 dead in Riverton floods'] }));
    // the subject of the reported clause is not its speaker
    expect(claimsOf('Bread prices will rise next year, said the governor.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the governor', content: ['Bread prices will rise next year'] }));
    expect(claimsOf('The toll has reached 30, reported the head of the regional council, Ivan Roe.')).toContainEqual(expect.objectContaining({ cue: 'reported', source: 'the head of the regional council', content: ['The toll has reached 30'] }));
  });

  it('splits what is reported around a cue clause set off by commas', () => {
    expect(claimsOf('Other big gaps, according to the survey, include age and income.')).toContainEqual(expect.objectContaining({ source: 'the survey', content: ['Other big gaps', 'include age and income'] }));
    expect(claimsOf('One of the choices they made, according to aides, was to skip the debate.')).toContainEqual(expect.objectContaining({ source: 'aides', content: ['One of the choices they made', 'was to skip the debate'] }));
  });

  it('takes whoever revises or puts a tally at a number as its source, but not one who changes what is counted', () => {
    expect(claimsOf('The health department revised the death toll down to 31 on Monday.')).toContainEqual(expect.objectContaining({ cue: 'revised', source: 'The health department', content: ['the death toll down to 31 on Monday'] }));
    // past a day between the subject and the verb, and a longer name of the event before "to"
    expect(claimsOf('Officials on Tuesday revised the toll in Sunday\'s bus crash near Kell down to 12.')).toContainEqual(expect.objectContaining({ cue: 'revised', source: 'Officials', content: ['the toll in Sunday\'s bus crash near Kell down to 12'] }));
    expect(claimsOf('Police put the toll from the blast at the market at 40.')).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Police' }));
    expect(claimsOf('The mayor later raised the death toll to 47.')).toContainEqual(expect.objectContaining({ cue: 'raised', source: 'The mayor', content: ['the death toll to 47'] }));
    expect(claimsOf('Officials put the number of dead at 40.')).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Officials', content: ['the number of dead at 40'] }));
    expect(claimsOf('The company cut the number of jobs to 300 last year.')).toEqual([]);
  });

  it('reads the source a headline names after a dash at its end', () => {
    expect(claimsOf('At least 12 dead in Ostra floods – officials\n\nRains hit the town.')).toContainEqual(expect.objectContaining({ cue: '–', source: 'officials', content: ['At least 12 dead in Ostra floods'], anonymous: true }));
    expect(claimsOf('Drone strike hits Kell oil depot - state media')).toContainEqual(expect.objectContaining({ cue: '-', source: 'state media', content: ['Drone strike hits Kell oil depot'] }));
    // what follows the dash is more headline, not a signature
    expect(claimsOf('Floods kill 12 in Ostra – live updates')).toEqual([]);
    expect(claimsOf('Rain floods the town – 12 dead')).toEqual([]);
    // a page title's or a feed's publisher after the dash is no source
    expect(claimsOf('Ostra earthquake: death toll climbs to 130 - World News Now\n\nRescuers dug on.').filter((c) => c.cue === '-')).toEqual([]);
  });

  it('leaves a "while" clause that sets another\'s word against the speaker\'s out of what the speaker said', () => {
    const claims = claimsOf('At least 21 people have died, the charity said, while the ministry put the death toll at 19.');
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the charity', content: ['At least 21 people have died'] }));
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'put', source: 'the ministry', content: ['the death toll at 19'] }));
  });

  it('keeps a sentence that is only a speaker, "said" and a bare clause, after an opening adverb', () => {
    expect(claimsOf('The agency said 5 guards died. Earlier it had said 9 guards were injured.')).toContainEqual(expect.objectContaining({ cue: 'had said', source: 'it', content: ['9 guards were injured'] }));
  });

  it('takes whoever puts a crowd at a number, or gives a figure of one, as its source', () => {
    expect(claimsOf('Organisers put the turnout at 90,000.')).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Organisers', content: ['the turnout at 90,000'] }));
    expect(claimsOf('Police put the crowd at 12,000.')).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Police', content: ['the crowd at 12,000'] }));
    expect(claimsOf('The city gave a far lower figure of 12,000.')).toContainEqual(expect.objectContaining({ cue: 'gave', source: 'The city', content: ['a far lower figure of 12,000'] }));
    // a verb of citing states a tally only: "gave a total of 3 talks" is no statement of a count
    expect(claimsOf('Lena Morr gave a total of 3 talks in Kell.').filter((c) => c.cue === 'gave' && c.content[0]?.includes('total'))).toEqual([]);
  });

  it('takes a count or a study that finds a figure as its source, with what it is by', () => {
    expect(claimsOf('A Velm Times tally found at least 120 deaths.')).toContainEqual(expect.objectContaining({ cue: 'found', source: 'A Velm Times tally', content: ['at least 120 deaths'] }));
    expect(claimsOf('An independent count by the firm Ostrava Data for two broadcasters found 68,000 marchers.')).toContainEqual(
      expect.objectContaining({ cue: 'found', source: 'An independent count by the firm Ostrava Data for two broadcasters', content: ['68,000 marchers'] }),
    );
    // whoever finds things is not a source of them
    expect(claimsOf('Rescuers found 12 bodies in the rubble.')).toEqual([]);
  });

  it('reads a verbless phrase after an according-to source as its apposition, not as what is reported', () => {
    expect(claimsOf('About 90,000 people marched in Kell on Sunday, according to the organisers, the teachers\' union VUT.')).toContainEqual(
      expect.objectContaining({ cue: 'according to', source: 'the organisers, the teachers\' union VUT', content: ['About 90,000 people marched in Kell on Sunday'] }),
    );
  });

  it('puts the relative word of a report inside a relative clause in the content, which ends with the clause', () => {
    expect(claimsOf('The blast, which the fire service said had injured 14 people, shook the old town.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'the fire service', content: ['which', 'had injured 14 people'] }),
    );
    // a second report joined by "and": its speaker starts after the first one's count
    expect(claimsOf('Police fined 12 people at the march, which police said drew about 20,000 people and organisers said drew 90,000.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'organisers', content: ['drew 90,000'] }),
    );
    expect(claimsOf('The march, which organisers said drew 90,000 people, ended at the palace.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'organisers', content: ['which', 'drew 90,000 people'] }),
    );
  });

  it('ends a quotation before ", adding" after its closing mark, and gives the gerund what follows it', () => {
    const claims = claimsOf('Ms. Roe said, “The dam held,” adding that the river was falling.');
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Ms. Roe', content: ['“The dam held,”'] }));
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'Ms. Roe', content: ['that the river was falling'] }));
  });

  it('keeps the first word of a content the tagger leaves out when it names nobody ("said at least 14 …")', () => {
    expect(claimsOf('Officials said at least 14 civilians had died.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Officials', content: ['at least 14 civilians had died'] }));
  });

  it('leaves the comma after a source that an aside follows out of it, but keeps an appositive whole', () => {
    expect(claimsOf('Local officials, speaking on condition of anonymity, said at least 14 civilians had died.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Local officials' }));
    expect(claimsOf('Jane Roe, the mayor of Lume, said the dam held.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Jane Roe, the mayor of Lume,' }));
    // after what it reports, an appositive source stays out of the content: a name over "for", a compound and a noun read as a verb ("a war monitor")
    expect(claimsOf('Air strikes killed 23 civilians, including six children, the Velmish Observatory for Human Rights, a Kell-based war monitor, said on Sunday.')).toContainEqual(
      expect.objectContaining({ cue: 'said', source: 'the Velmish Observatory for Human Rights, a Kell-based war monitor,', content: ['Air strikes killed 23 civilians, including six children'] }),
    );
  });

  it('ends a speech cue before the setting between it and its "that" clause, but keeps a preposition whose object is reported', () => {
    expect(claimsOf('The regional governor wrote on Telegram that 19 more people were wounded.')).toContainEqual(expect.objectContaining({ cue: 'wrote', source: 'The regional governor', content: ['that 19 more people were wounded'] }));
    expect(claimsOf('The mayor posted on her Facebook page that the bridge would stay shut.')).toContainEqual(expect.objectContaining({ cue: 'posted', source: 'The mayor', content: ['that the bridge would stay shut'] }));
    expect(claimsOf('Critics pointed to a report that found forty errors in the count.')).toContainEqual(expect.objectContaining({ cue: 'pointed to', source: 'Critics' }));
  });

  it('keeps a name set off by commas after an "according to" source in the source, but not a reported subject or a list of places', () => {
    expect(claimsOf('According to the Lowbridge mayor, Tomas Brandt, some 30 homes were destroyed.')).toContainEqual(expect.objectContaining({ cue: 'According to', source: 'the Lowbridge mayor, Tomas Brandt', content: ['some 30 homes were destroyed'] }));
    expect(claimsOf('Some 30 homes were destroyed, according to the mayor, Tomas Brandt.')).toContainEqual(expect.objectContaining({ source: 'the mayor, Tomas Brandt', content: ['Some 30 homes were destroyed'] }));
    expect(claimsOf('According to the aid office, VHRA, 4,000 people were displaced.')).toContainEqual(expect.objectContaining({ source: 'the aid office, VHRA', content: ['4,000 people were displaced'] }));
    expect(claimsOf('According to a court filing, Tomas Brandt, a former aide, sent the letter.')).toContainEqual(expect.objectContaining({ source: 'a court filing', content: ['Tomas Brandt, a former aide, sent the letter'] }));
    expect(claimsOf('According to the mayor, New York City, Boston and Kell were flooded.')).toContainEqual(expect.objectContaining({ source: 'the mayor' }));
  });

  it('reads a "Source:" line under a box of figures as the source of the lines above it, up to the paragraph break', () => {
    const text = 'Flood in Lume: the numbers\n\nDead: 12\nMissing: 40\nSource: Lume Civil Protection\n\nRescuers worked all night.';
    expect(claimsOf(text)).toEqual([expect.objectContaining({ cue: 'Source:', source: 'Lume Civil Protection', content: ['Dead: 12\nMissing: 40'], kind: 'according-to' })]);
    // a credit under prose, or "source" inside a line, signs no box
    expect(claimsOf('Rescuers worked all night in the flooded town.\nSource: Lume Courier')).toEqual([]);
    expect(claimsOf('Dead: 12\nThe source: a nurse at the hospital')).toEqual([]);
  });

  it('keeps a setting with a possessive after an inverted cue in the cue clause: what was said is the clause before', () => {
    expect(claimsOf('The toll has risen to 61, the interior ministry said in its morning update.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the interior ministry', content: ['The toll has risen to 61'] }));
    expect(claimsOf('Fares will rise, the mayor said in her weekly address on Monday.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the mayor', content: ['Fares will rise'] }));
  });

  it('reads a quotation in single marks, British style, as a direct quote that resumes after its cue', () => {
    expect(claimsOf('‘We will rebuild every home,’ the mayor said. ‘It will take years.’')).toEqual([expect.objectContaining({ cue: 'said', source: 'the mayor', content: ['‘We will rebuild every home,’', '‘It will take years.’'], kind: 'direct-quote' })]);
  });

  it('reads an embedded post signed on its own line ("— Name (@handle) Date") as that account\'s direct quote, and its "I" as no further source', () => {
    const text = 'The mayor ordered schools closed.\n\nI have closed every school in the river districts. Stay safe.\n\n— Ana Roe (@MayorAnaRoe) May 19, 2026\n\nThe river kept rising.';
    const post = claimsOf(text).find((c) => c.cue === '—');
    expect(post).toEqual(expect.objectContaining({ source: 'Ana Roe', content: ['I have closed every school in the river districts. Stay safe.'], kind: 'direct-quote' }));
    expect(post!.chain).toBeUndefined();
    // the picture link the post ends with is debris, not its words
    const pictured = 'Stay safe, all of you.  pic.twitter.com/Ab12\n\n— Ana Roe (@MayorAnaRoe) May 19, 2026';
    expect(claimsOf(pictured).find((c) => c.cue === '—')?.content).toEqual(['Stay safe, all of you.']);
    // a dash line with no handle signs nothing
    expect(claimsOf('Stay safe.\n\n— Ana Roe, mayor').filter((c) => c.cue === '—')).toEqual([]);
  });

  it('gives a gerund after an inverted speaker that speaker, never a phrase of its own content', () => {
    expect(claimsOf('“We counted 300 homes,” said Roe, referring to a report from the council.')).toContainEqual(expect.objectContaining({ cue: 'referring to', source: 'Roe', content: ['a report from the council'] }));
  });

  it('gives a raising or naming cue no source, whatever follows it: its subject is reported', () => {
    expect(claimsOf('Although the new plan is expected to pass easily, critics remain unconvinced.')).toContainEqual(expect.objectContaining({ cue: 'is expected', source: null, content: ['the new plan', 'to pass easily'] }));
    expect(claimsOf('Now the senator seems to have vanished from the race.')).toContainEqual(expect.objectContaining({ cue: 'seems', source: null, content: ['the senator', 'to have vanished from the race'] }));
    expect(claimsOf('The senator seemed tired after the long debate.')).toContainEqual(expect.objectContaining({ cue: 'seemed', source: null, content: ['The senator', 'tired'] }));
    expect(claimsOf('Voters flocked to the contests known as Super Tuesday.')).toContainEqual(expect.objectContaining({ cue: 'known as', source: null, content: ['the contests', 'Super Tuesday'] }));
    expect(claimsOf('The mayor isn’t expected to attend the meeting.')).toContainEqual(expect.objectContaining({ cue: 'isn’t expected', source: null, content: ['The mayor', 'to attend the meeting'] }));
  });

  it('gives a participle opening the sentence the main clause\'s subject', () => {
    expect(claimsOf('Conceding that a deal would come later, the minister warned that it would not happen soon.')).toContainEqual(expect.objectContaining({ cue: 'Conceding', source: 'the minister', content: ['that a deal would come later'] }));
  });

  it('takes a quotation finishing a clause after "is", "are", "had" with the clause the writer began', () => {
    expect(claimsOf('The clubs are “just scraping by,” the analyst said.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the analyst', content: ['The clubs are “just scraping by,”'] }));
  });

  it('keeps the article of a quoted noun in the object', () => {
    expect(claimsOf('Critics blasted the “loose talk” in the campaign.')).toContainEqual(expect.objectContaining({ cue: 'blasted', source: 'Critics', content: ['the “loose talk” in the campaign'] }));
  });

  it('ends an object phrase where a second predicate of the subject begins, not at a coordinated gerund', () => {
    expect(claimsOf('The senator criticized his rivals and won the state easily.')).toContainEqual(expect.objectContaining({ cue: 'criticized', content: ['his rivals'] }));
    expect(claimsOf('She has mentioned refinancing student loans and forcing universities to spend more.')).toContainEqual(expect.objectContaining({ cue: 'has mentioned', content: ['refinancing student loans and forcing universities to spend more'] }));
  });

  it('ends an object phrase at a dash typed as a spaced hyphen, not at a hyphen inside a word', () => {
    expect(claimsOf('The governor criticized the new budget - a plan that cuts school funding.')).toContainEqual(expect.objectContaining({ cue: 'criticized', content: ['the new budget'] }));
    expect(claimsOf('The governor criticized the GOP-led budget plan.')).toContainEqual(expect.objectContaining({ cue: 'criticized', content: ['the GOP-led budget plan'] }));
  });

  it('keeps "it" as the source of a cue that is no raising verb (an ad that "slams")', () => {
    expect(claimsOf('The new ad opens with a shot of the capitol. It slams the senator for missing votes.')).toContainEqual(expect.objectContaining({ cue: 'slams', source: 'It' }));
  });

  it('gives a participle after "while", "by" or "after" the clause\'s subject', () => {
    expect(claimsOf('Bolton gave a similar verdict on the record, while saying that the race was still open.')).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'Bolton' }));
  });

  it('gives a participle the speaker of a quotation that opens the sentence', () => {
    expect(claimsOf('“The key to the success of these ventures was the timing,” Ms. Roe said, referring to the market.')).toContainEqual(expect.objectContaining({ cue: 'referring to', source: 'Ms. Roe' }));
  });

  it('never gives a participle a speaker from what the claim before it reports', () => {
    expect(claimsOf('“Crews are still digging. Families are waiting,” Roe wrote, adding that nine children were hurt.')).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'Roe' }));
    expect(claimsOf('The minister denied that the troops had shelled the town where 40 people died, suggesting that the rebels were to blame.')).toContainEqual(expect.objectContaining({ cue: 'suggesting', source: 'The minister' }));
  });

  it('finds a participle\'s subject after an introductory phrase', () => {
    const text = 'In August, several environmental groups granted the company an extension on a court order to treat polluted runoff from a former mine, saying its "start-up capital was less than expected."';
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'several environmental groups' }));
  });

  it.each(rows)('%s', (text, want) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining(want));
  });

  it('passive with a demonstrative subject attributes the previous sentence', () => {
    const claims = claimsOf('Ten schools will close next year. This was announced by Education Minister Anna Berg.');
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'was announced', source: 'Education Minister Anna Berg', content: ['Ten schools will close next year'] }));
    // the agent past a setting, and a setting after the agent, which is neither
    expect(claimsOf('Ten schools will close. This was stated by the head of the Center for Countering Fraud Ivan Tarko during a telethon.')).toEqual([expect.objectContaining({ source: 'the head of the Center for Countering Fraud Ivan Tarko' })]);
    for (const second of ['This was announced on Facebook by the mayor Ivan Tarko.', 'This was announced by the mayor Ivan Tarko on Facebook.']) {
      expect(claimsOf(`Ten schools will close next year. ${second}`)).toEqual([expect.objectContaining({ cue: 'was announced', source: 'the mayor Ivan Tarko', content: ['Ten schools will close next year'] })]);
    }
  });

  it('resolves a description to the person named in commas after it', () => {
    const claims = analyze('Her lawyer, Rita Vance, called the case weak and said her client would be cleared.').claims;
    expect(claims.map((c) => c.source?.entity)).toEqual([expect.any(String), claims[0]!.source!.entity]);
  });

  it('reads a relative source as the phrase before its comma, unless that only says where or of what', () => {
    const antecedents = (text: string) => attributeClaims(segmented(text)).map((c) => [text.slice(c.source!.start, c.source!.end), c.source!.antecedent ? text.slice(c.source!.antecedent.start, c.source!.antecedent.end) : null]);
    expect(antecedents('Two wells were dry, according to field engineers, who said the pumps had failed.')).toEqual([['field engineers', null], ['who', 'field engineers']]);
    expect(antecedents('The leak was found by Jane Roe, who said the pipe had cracked.')).toContainEqual(['who', 'Jane Roe']);
    expect(antecedents('The fire was fought by crews from Kell, who said nobody was hurt.')).toContainEqual(['who', null]);
  });

  it('reads "he", "she" or "it" with no named one before it as the speaker of the claim before', () => {
    const antecedents = (text: string) => analyze(text).claims.map((c) => [text.slice(c.source!.start, c.source!.end), c.source!.antecedent ? text.slice(c.source!.antecedent.start, c.source!.antecedent.end) : null]);
    expect(antecedents('Five people died, the mayor told local radio. "We are devastated," she said.')).toEqual([['the mayor', null], ['she', 'the mayor']]);
    // not a plural speaker, nor one a named person stands between
    expect(antecedents('Officials said 12 people died. She said more would die.')).toEqual([['Officials', null], ['She', null]]);
    expect(antecedents('The mayor said the dam held. Ana Roe, a resident, disagreed. She said it had cracked.')).toContainEqual(['She', null]);
    // "it" for the body before, also as the one who put a toll
    expect(antecedents('The agency said 44 people died. It had earlier put the toll at 38.')).toEqual([['The agency', null], ['It', 'The agency']]);
    expect(antecedents('The mayor said the plan was sound. It said nothing about costs.')).toContainEqual(['It', null]);
  });

  it('reads a people before the head of a source as where the speakers are from, not as the speaker', () => {
    const entities = (text: string) => analyze(text).claims.map((c) => c.source?.entity ?? null);
    expect(entities('Turkish media reported that 31 people had died.')).toEqual([null]);
    expect(entities('The Georgians said 12 people had died.')).toEqual([expect.any(String)]);
  });

  it('gives a quotation handed to the speaker after it to that speaker, not to the cue before it', () => {
    const contents = (text: string) => claimsOf(text).map((c) => [c.source, c.kind, c.content]);
    expect(contents('The warden said 4 guards were hurt — “a dark day,” she told the radio.')).toEqual([['The warden', 'indirect', ['4 guards were hurt']], ['she', 'direct-quote', ['“a dark day,”']]]);
    expect(contents('Rescuers said that 9 miners were trapped, “all of them alive,” a spokesman added.')).toEqual([['Rescuers', 'indirect', ['that 9 miners were trapped']], ['a spokesman', 'direct-quote', ['“all of them alive,”']]]);
    // a quoted title before a cue is no quotation handed over: the content before it stays whole
    expect(contents('Roe wrote that the deal, as “The Ledger” reported, was dead.')[0]).toEqual(['Roe', 'indirect', ['that the deal, as “The Ledger” reported, was dead']]);
  });

  it('ends a trailing cue clause after a time of day set with "late", "early" or "overnight"', () => {
    expect(claimsOf('The toll rose to 41, the state agency reported late Tuesday, citing the police.')[0]).toMatchObject({ source: 'the state agency', content: ['The toll rose to 41'] });
    expect(claimsOf('Eight drones were downed, the army said early on Sunday.')[0]).toMatchObject({ content: ['Eight drones were downed'] });
    expect(claimsOf('Two bridges fell, the governor said overnight.')[0]).toMatchObject({ content: ['Two bridges fell'] });
    // "early" opening what was said is not a time
    expect(claimsOf('Turnout fell, officials said early voting would end Monday.')[0]).toMatchObject({ content: ['early voting would end Monday'] });
  });

  it('keeps a hyphenated name whole in a source the tagger started inside it', () => {
    expect(claimsOf('Nearly 40 people were held, rights group Vot-Info said.')[0]).toMatchObject({ source: 'Vot-Info', content: ['Nearly 40 people were held'] });
    expect(claimsOf('Five patients died, Al-Noor hospital said.')[0]).toMatchObject({ source: 'Al-Noor hospital' });
  });

  it('keeps the speaker\'s role in a source the tagger starts at the body spoken for', () => {
    expect(claimsOf('A spokesperson for the UN aid agency told reporters that 900 people had fled.')[0]).toMatchObject({ source: 'A spokesperson for the UN aid agency', content: ['that 900 people had fled'] });
    expect(claimsOf('Half of the 300 patients were children, a doctor at the hospital said.')[0]).toMatchObject({ source: 'a doctor at the hospital', content: ['Half of the 300 patients were children'] });
    expect(claimsOf('Our partners on the ground estimate that as many as 250 workers remain unaccounted for.')[0]).toMatchObject({ source: 'Our partners on the ground' });
  });

  it('reads the source of a cue after a relative clause as the noun the clause is of', () => {
    const claims = claimsOf('Roe said the blast, which came as crowds gathered for the festival, showed that the town was a target.');
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Roe', content: ['the blast, which came as crowds gathered for the festival, showed that the town was a target'] }));
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'showed', source: 'the blast, which came as crowds gathered for the festival,' }));
  });

  it('reads the subject of a verb that sets a count past an aside in commas', () => {
    expect(claimsOf('The ministry, in a Telegram post, put the toll at 40.')).toEqual([expect.objectContaining({ cue: 'put', source: 'The ministry', content: ['the toll at 40'] })]);
    expect(claimsOf('Officials, citing hospital records, put the toll at 40.')).toContainEqual(expect.objectContaining({ cue: 'put', source: 'Officials', content: ['the toll at 40'] }));
  });

  it('reads no claim from a noun cue whose only content is the setting of the verb cue after it', () => {
    expect(claimsOf('In a statement on Telegram, the ministry said 40 soldiers were killed.').map((c) => [c.cue, c.source])).toEqual([['said', 'the ministry']]);
  });

  it('ends a quotation before a speaker named in apposition after it', () => {
    expect(claimsOf('“This is a hard time,” the mayor, Ada Roe, said. “Our thoughts are with the families.”')[0]).toMatchObject({ source: 'the mayor, Ada Roe,', content: ['“This is a hard time,”', '“Our thoughts are with the families.”'] });
  });

  it('ends an object phrase after a non-speech cue before an adverbial the writer adds', () => {
    const contentOf = (text: string) => claimsOf(text).map((c) => c.content);
    expect(contentOf('Roe has not mentioned the plan since the debate.')).toEqual([['the plan']]);
    expect(contentOf('Few voters would have described Senator Roe as a reformer when she ran for the Senate in 2008.')).toEqual([['Senator Roe as a reformer']]);
    // a time noun holds its own "after"; a quotation is not cut
    expect(contentOf('Roe complained about his microphone the morning after the debate.')).toEqual([['his microphone the morning after the debate']]);
    expect(contentOf('Roe called the town a "bright spot in an era when so many towns are shrinking."')).toEqual([['the town a "bright spot in an era when so many towns are shrinking."']]);
  });

  it('runs an object phrase on through a list, but not into a clause of the writer', () => {
    const contentOf = (text: string) => claimsOf(text).map((c) => c.content);
    expect(contentOf('Roe wants to expand the program, hire more teachers and build new schools.')).toEqual([['to expand the program, hire more teachers and build new schools']]);
    expect(contentOf('Roe praised the mayor, the police chief and the firefighters.')).toEqual([['the mayor, the police chief and the firefighters']]);
    expect(contentOf('Roe criticized the plan, and the council voted it down.')).toEqual([['the plan']]);
  });

  it('reads no claim from a cue whose only content is a time phrase', () => {
    expect(claimsOf("The estimate is higher than Velm's figure of 3,800 announced earlier this month.")).toEqual([]);
    expect(claimsOf('The ministry announced on Monday that 30 people died.').map((c) => c.content)).toEqual([['that 30 people died']]);
  });

  it('reads no claim from a section heading whose content is its question word', () => {
    expect(claimsOf('Storm hits the coast\n\nWhat officials say\n\nThe mayor said 7 people died.').map((c) => c.cue)).toEqual(['said']);
  });

  it('reads a setting with a participle after the cue as part of the cue clause', () => {
    expect(claimsOf('Rescuers have found 27 bodies, the governor said in a televised speech.')[0]).toMatchObject({ source: 'the governor', content: ['Rescuers have found 27 bodies'] });
  });

  it('reads a hearer after "told", with a time after it, as part of the cue clause', () => {
    expect(claimsOf('Five people died, the mayor told reporters this week.')[0]).toMatchObject({ source: 'the mayor', content: ['Five people died'] });
    expect(claimsOf('Nine bodies were found, a nurse told this newspaper on Sunday.')[0]).toMatchObject({ source: 'a nurse', content: ['Nine bodies were found'] });
  });

  it('leaves a time phrase before the speaker out of the source', () => {
    expect(claimsOf('Late last night police said 12 people were hurt.')[0]).toMatchObject({ source: 'police', content: ['12 people were hurt'] });
    expect(claimsOf('Earlier in the week officials had put the toll at 112.')[0]).toMatchObject({ source: 'officials' });
  });

  it('gives no content fragment inside the source', () => {
    expect(claimsOf('The enemy attacked the positions of our defenders 14 times, the spokesman of the group Ivan Tarko said.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'the spokesman of the group Ivan Tarko', content: ['The enemy attacked the positions of our defenders 14 times'] }));
  });

  it('reads "reports" tagged as a noun as the verb after a subject set off by a comma, not after an object', () => {
    expect(claimsOf('The army shelled 11 villages, the regional administration reports.')).toEqual([expect.objectContaining({ cue: 'reports', source: 'the regional administration', content: ['The army shelled 11 villages'] })]);
    expect(claimsOf('He read the police reports.').map((c) => c.cue)).not.toContain('reports');
    // an "As" clause reports the sentence it opens
    expect(claimsOf('Nine died. As the Kell Herald reports, 14 people were hurt.')).toContainEqual(expect.objectContaining({ cue: 'reports', source: 'the Kell Herald', content: ['14 people were hurt'] }));
  });

  it('marks unnamed sources anonymous and impersonal frames unsourced', () => {
    expect(claimsOf('According to one of the arrested men, the money was hidden abroad.')[0]).toMatchObject({ source: 'one of the arrested men', anonymous: true });
    expect(claimsOf('According to Maria Lopez, the money was hidden abroad.')[0]).toMatchObject({ anonymous: false });
    // people at a scene, unnamed
    expect(claimsOf('Nine people died, a doctor at the hospital said.')[0]).toMatchObject({ source: 'a doctor at the hospital', anonymous: true });
    expect(claimsOf('The bridge had collapsed, rescuers said.')[0]).toMatchObject({ source: 'rescuers', anonymous: true });
    // a body named after the people it stands for is no unnamed person
    expect(claimsOf('The bridge had collapsed, according to the dock workers\' union.')[0]).toMatchObject({ source: 'the dock workers\' union', anonymous: false });
    // opening the sentence, the noun is capitalised and tagged as a name; it names nobody still
    expect(claimsOf('Witnesses told the radio that the bridge had collapsed.')[0]).toMatchObject({ source: 'Witnesses', anonymous: true });
    // the speakers are those close to the inquiry, not the inquiry
    expect(claimsOf('Sources close to the inquiry say as many as 9 guards may have been bribed.')[0]).toMatchObject({ source: 'Sources close to the inquiry', anonymous: true });
    expect(claimsOf('It is said that the money was hidden abroad.')[0]).toMatchObject({ source: null, unsourced: true, kind: 'unsourced' });
    expect(claimsOf('There are reports that the dam was hit again.')[0]).toMatchObject({ cue: 'There are reports', source: null, unsourced: true, content: ['that the dam was hit again'] });
    expect(claimsOf('Rumours say that 90 guards have fled.')[0]).toMatchObject({ cue: 'Rumours say', source: null, unsourced: true });
    for (const c of claimsOf('It seems that the money was hidden abroad.')) expect(c).toMatchObject({ source: null, unsourced: true });
  });

  it('folds an attribution inside another claim\'s content into its chain', () => {
    const claims = claimsOf('The minister said that the police told him two men were arrested.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.chain).toEqual(['The minister', 'the police']);
  });

  it('keeps only the outer claim when an inner one opens its content without "that"', () => {
    const claims = claimsOf('The minister said the police believe two men fled abroad.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ source: 'The minister', cue: 'said', content: ['the police believe two men fled abroad'], chain: ['The minister', 'the police'] });
  });

  it('reads a speaker line glued after a pull quote', () => {
    const claims = claimsOf('The plan is working. We will keep going. Jane Roe Minister of Health\n\nMore text follows here.');
    expect(claims).toContainEqual(expect.objectContaining({ kind: 'pull-quote', source: 'Jane Roe Minister of Health', content: ['The plan is working. We will keep going.'] }));
  });
});

describe('attributeClaims: sources the content says the speaker heard from', () => {
  it('puts a claim on the word of what its speaker cites, after the claim or inside its content', () => {
    // a speaker closing the sentence says it on the word of the "according to" that opens it
    expect(claimsOf('According to early counts, turnout passed 60 percent, the commission said.')).toEqual([expect.objectContaining({ source: 'the commission', cue: 'said', chain: ['the commission', 'early counts'] })]);
    expect(claimsOf('The mayor said 40 people had died, citing figures from the health department.')).toContainEqual(expect.objectContaining({ source: 'The mayor', content: ['40 people had died'], chain: ['The mayor', 'the health department'] }));
    expect(claimsOf('Rebels killed 12 soldiers, the army said, citing intelligence reports.')).toContainEqual(expect.objectContaining({ source: 'the army', content: ['Rebels killed 12 soldiers'], chain: ['the army', 'intelligence reports'] }));
    expect(claimsOf('“We counted 300 homes,” said Roe, referring to a report from the council.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Roe', chain: ['Roe', 'the council'] }));
    // "X quoted Y as saying": Y said it, on X's report
    expect(claimsOf('The news agency quoted the deputy mayor as saying that 120 homes had been damaged.')).toContainEqual(expect.objectContaining({ cue: 'quoted', source: 'The news agency', content: ['120 homes had been damaged'], chain: ['The news agency', 'the deputy mayor'] }));
    expect(claimsOf('"We counted 70 homes," the news agency quoted a deputy mayor as saying.')).toContainEqual(expect.objectContaining({ cue: 'quoted', source: 'the news agency', content: ['"We counted 70 homes,"'], chain: ['the news agency', 'a deputy mayor'] }));
    expect(claimsOf('The general was quoted by state radio on Monday as saying: "We lost 40 men."')).toEqual([expect.objectContaining({ cue: 'was quoted by state radio on Monday as saying', source: 'The general', content: ['"We lost 40 men."'] })]);
    // a participle clause between the speaker and the cue is the speaker's phrase, and what it names is not the speaker
    const statement = "The army's statement, published on Telegram, claimed 50 enemy soldiers were killed.";
    expect(analyze(statement).claims.map((c) => [statement.slice(c.cue!.start, c.cue!.end), c.source?.entity ?? null])).toEqual([['claimed', null]]);
    // ...or in an aside between the speaker and the cue
    expect(claimsOf('Kell radio, citing the regional governor, said four people were killed.')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Kell radio', content: ['four people were killed'], chain: ['Kell radio', 'the regional governor'] }));
    expect(claimsOf('The news agency, citing emergency services, reported that nine people died.')).toContainEqual(expect.objectContaining({ cue: 'reported', source: 'The news agency', chain: ['The news agency', 'emergency services'] }));
    // "according to X quoted by Y": Y relays X's word
    expect(claimsOf('Thirty people are missing, according to survivors quoted by the city radio.')).toContainEqual(expect.objectContaining({ cue: 'according to', source: 'the city radio', content: ['Thirty people are missing'], chain: ['the city radio', 'survivors'] }));
    expect(claimsOf('The army lost 40 tanks, two senators said on Friday after being briefed by the defence ministry (MoD).')).toContainEqual(expect.objectContaining({ cue: 'said', source: 'two senators', content: ['The army lost 40 tanks'], chain: ['two senators', 'the defence ministry'] }));
  });

  it.each([
    ['According to the governor, she heard a report from the fire brigade about the blaze.', ['the governor', 'the fire brigade']],
    ['The mayor said he was briefed by police on the attack.', ['The mayor', 'police']],
    ['The minister said she had received new information from the border guards.', ['The minister', 'the border guards']],
    ['The mayor said he had heard from the governor about the blaze.', ['The mayor', 'the governor']],
    ['The mayor said he had received a report from the editor-in-chief, Ivan Roe, at dawn.', ['The mayor', 'the editor-in-chief, Ivan Roe']],
  ])('%s', (text, chain) => {
    expect(claimsOf(text)[0]!.chain).toEqual(chain);
  });

  it.each(['He said the report from the agency was late.', 'The mayor said police were told to wait.'])('no chain link in: %s', (text) => {
    expect(claimsOf(text)[0]!.chain).toBeUndefined();
  });
});

describe('attributeClaims: must NOT match', () => {
  const none = [
    'The bridge will reopen in May.',
    'He found a wallet on the bus.',
    'She added salt to the soup.',
    'The report is long and dull.',
    'Photos: the flood in pictures',
    'Update: the road is open again',
    'The Latest: Council approves the budget after a long night',
    'Another problem: most of the roads flooded again',
    'CLARIFICATION: An earlier version misnamed the bridge.',
    'Ask yourself: which of the two plans costs less?',
    'Let’s say you earn more next year than this year.',
    'Costs keep rising (think of the new bridge) across the region.',
    'Now tell us this is not a waste of money!',
    '“I think it will rain,” is a line from a song.',
    'The team read the book together.',
    'Twitter: @janeroe.',
    'Full results: https://example.org/results.',
    'BYLINE: Jane Roe.',
    'h/t: The Daily Gazette.',
    'Jane Roe: 1,769.',
    'Roe Campaign Page:width:100%; height:120px;',
    'Lume floods: what we know so far',
    'Iowa caucus: Smith leads by four points',
    'Landslide: 23 dead, 40 missing',
    'Lume mine collapse: 12 workers trapped',
    'Ferry disaster: death toll climbs to 19',
    'Storm Darragh: two killed as winds batter the coast',
  ];
  it.each(none)('%s', (text) => {
    const claims = claimsOf(text).filter((c) => !['think'].includes(String(c.cue)));
    expect(claims.filter((c) => c.cue !== 'think')).toEqual([]);
  });

  it.each([
    ['An aide, who asked not to be named, said the vote was delayed.', ['said']],
    ['Two officials, who spoke on condition of anonymity, said talks had stalled.', ['said']],
    ['One neighbour, who did not want to be named, said he heard two blasts.', ['said']],
    ['A clerk, who declined to give her name, said the office was shut.', ['said']],
  ])('an anonymity clause is no claim of its own: %s', (text, cues) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.cue)).toEqual(cues);
    expect(claims[0]!.anonymous).toBe(true);
  });

  it('runs a source on to the comma closing its relative clause', () => {
    expect(claimsOf('One neighbour, who did not want to be named, said he heard two blasts.')[0]!.source).toBe('One neighbour, who did not want to be named,');
  });

  it('a cue inside a quotation is not a separate claim', () => {
    const claims = claimsOf('“My father said we would win,” Lopez told reporters.');
    expect(claims.map((c) => c.cue)).toEqual(['told']);
  });
});

describe('withWholeQuoteMarks', () => {
  it("gives a content cut between the two apostrophes of a closing mark the second one, and leaves others alone", () => {
    const text = "The mayor accused him of a ''lack of care.''\n\nNext.";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const proposal = (content: string) => ({ rule: 'test', kind: 'indirect' as const, cue: at('accused'), source: at('The mayor'), content: [at(content)], unsourced: false });
    expect(withWholeQuoteMarks(text, proposal("him of a ''lack of care.'")).content.map((c) => text.slice(c.start, c.end))).toEqual(["him of a ''lack of care.''"]);
    expect(withWholeQuoteMarks(text, proposal("him of a ''lack of care.''")).content.map((c) => text.slice(c.start, c.end))).toEqual(["him of a ''lack of care.''"]);
    expect(withWholeQuoteMarks(text, proposal('him of a')).content.map((c) => text.slice(c.start, c.end))).toEqual(['him of a']);
  });
});

describe('findQuotes', () => {
  it('pairs curly and straight quotes and closes an open quote at the paragraph end', () => {
    const text = 'He said “yes” and "no".\n\n“Open quote runs on\n\nNext';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['“yes”', '"no"', '“Open quote runs on']);
  });
  it('opens a quotation at a closing mark typed at a line start before a word', () => {
    const text = 'Intro.\n”Wrong way round,” she wrote. He said “yes”.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['”Wrong way round,”', '“yes”']);
  });
  it('finds nothing in text without double quotes', () => {
    expect(findQuotes("It's the mayor's plan.")).toEqual([]);
  });
});
