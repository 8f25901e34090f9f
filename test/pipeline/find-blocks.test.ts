import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';

const blocks = (text: string) => findBlocks(emptyDoc(text)).map((b) => text.slice(b.start, b.end));

describe('findBlocks', () => {
  it.each([
    ['One paragraph.\n\nAnother one.', ['One paragraph.', 'Another one.']],
    ['  Indented first.  \n\n\n\tSecond after tabs.\n', ['Indented first.', 'Second after tabs.']],
    ['A headline without a stop\nThe body starts here.', ['A headline without a stop', 'The body starts here.']],
    ['Ends a sentence.\nNext line is a new block.', ['Ends a sentence.', 'Next line is a new block.']],
    ['This long line of wrapped prose continues past the sixty character mark and\nwraps onto the next line in lower case.', ['This long line of wrapped prose continues past the sixty character mark and\nwraps onto the next line in lower case.']],
    ['Windows line ends.\r\n\r\nSecond.', ['Windows line ends.', 'Second.']],
    ['Old Mac line ends\r\rSecond.\rThird.', ['Old Mac line ends', 'Second.', 'Third.']],
    ['', []],
    ['\n\n   \n', []],
  ])('%j', (text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });
});
