/**
 * fast-check arbitraries for text that exercises every stage: news-like fragments in our own
 * words (cues, names, titles, figures, dates, hedges, loaded words, scraping debris) mixed with
 * arbitrary Unicode, lone surrogates, control characters and layout (blank lines, CRLF, tabs).
 */
import fc from 'fast-check';

const FRAGMENTS = [
  'According to the minister, ', 'Health Minister Maria Lopez said ', ' the spokesman added.', 'It became known that ',
  '"We will not retreat," the governor stressed. ', '"Prices are rising fast" ', 'Acme Corp. announced on Monday that ',
  'Officials told reporters that ', 'Police said at least 12 people were killed ', 'more than 3,000 ', 'nearly 40% ', 'exceeds 5 thousand ',
  'between 10 and 20 ', 'tens of thousands of ', 'dozens of ', '$1.2 billion ', '€3m ', '1e308 ', '10^400 ', '-0 ', '0.000001 ',
  '99999999999999999999999 ', '3,000,000,000,000,000,000 ', 'on March 3', ' last week ', 'December 23, 2024 ', 'in 1999 ', 'yesterday ',
  'reportedly ', 'preliminary estimates show ', 'unconfirmed reports say ', 'confirmed ', 'invaders ', 'regime ', 'terrorists ',
  'the president ', 'the head of state ', 'Dr. Smith ', 'U.S. ', 'the United Nations ', 'in Kyiv region ', 'North Korea ', 'soldiers ',
  'Share\n', 'Photo: screenshot\n', 'Read also: ', 'Subscribe to our newsletter\n', '\n\n', '\n', '\r\n', '\t', '. ', '? ', '!', '…', '“', '”', '‘', '’', '«', '»',
];

const ODD = [
  '\u0000', '\uFEFF', '\u200B', '\u200D', '\u200E', '\u200F', '\u202E', '\u2028', '\u2029', '\u00A0', '\u0301', 'e\u0301', '👩‍👩‍👧', '🇺🇦', '😀',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', 'ﷺ', 'مرحبا', 'שלום', '日本語', 'İ', 'ß', 'ﬁ', '\u0085', '\u000B', '\u000C', '\u001B[31m',
];

/** A lone surrogate half: valid in a JS string, invalid as UTF-16 text. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const newsPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((n) => `${n.toLocaleString('en-US')} `) },
  { weight: 1, arbitrary: fc.double().map((n) => `${n} `) },
);

/** News-like text of up to `maxPieces` fragments. */
export const newsText = (maxPieces = 40) => fc.array(newsPiece, { maxLength: maxPieces }).map((xs) => xs.join(''));

/** Any JS string at all, surrogates included. */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 300 });
