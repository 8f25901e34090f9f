import { describe, expect, it } from 'vitest';
import { flagFraming } from '../../src/pipeline/flag-framing.js';
import { segmentedDoc } from '../helpers/segmented-doc.js';

const flagged = (text: string) => flagFraming(segmentedDoc(text)).map((f) => [text.slice(f.start, f.end), f.neutral, f.rule]);

describe('flagFraming', () => {
  it.each([
    ['The occupiers shelled the village.', [['occupiers', 'troops', 'framing/occupiers']]],
    ['An occupier was captured; mercenaries fled.', [['occupier', 'troops', 'framing/occupiers'], ['mercenaries', 'foreign soldiers', 'framing/mercenaries']]],
    ['The so-called referendum was held.', [['so-called', '(omit, or attribute the name)', 'framing/so-called']]],
    ['They called it a Special Military Operation.', [['Special Military Operation', 'invasion / war', 'framing/special-military-operation']]],
    ['The puppet government resigned.', [['puppet government', 'government / authorities', 'framing/puppet']]],
    ['He spoke about illegal aliens and the death tax.', [['illegal aliens', 'undocumented immigrants', 'framing/illegal-aliens'], ['death tax', 'estate tax', 'framing/death-tax']]],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it.each([
    'The occupied territories were discussed.',
    'Preoccupied officials left early.',
    'The regimental band played.',
    'She is a heroine of the novel.',
    'Troops entered the town.',
  ])('flags nothing in: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('skips loaded words inside scraping debris', () => {
    expect(flagged('Troops advanced.\n\nRead also: Occupiers flee the city\n\nThe town was quiet.')).toEqual([]);
  });
});
