import { describe, expect, it } from 'vitest';
import { articleKey, articleKeys, bodyHash, createDedupe, normaliseUrl } from '../../src/ingest/article-key.js';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.News.example/a/b/?utm_source=rss&utm_medium=x#top', 'https://news.example/a/b'],
    ['http://news.example/a/b', 'https://news.example/a/b'],
    ['https://news.example/a?id=2&page=1&fbclid=abc', 'https://news.example/a?id=2&page=1'],
    ['https://news.example/a?page=1&id=2', 'https://news.example/a?id=2&page=1'],
  ])('%s → %s', (raw, normalised) => expect(normaliseUrl(raw)).toBe(normalised));

  it.each(['not a url', 'ftp://news.example/a', 'javascript:alert(1)', ''])('%j has no key', (raw) => expect(normaliseUrl(raw)).toBeUndefined());

  it('keeps parameters that choose the article', () => {
    expect(normaliseUrl('https://news.example/story?id=1')).not.toBe(normaliseUrl('https://news.example/story?id=2'));
  });
});

describe('articleKey', () => {
  it('prefers the canonical URL over the fetched URL, then the body', () => {
    expect(articleKey({ text: 'x', url: 'https://m.news.example/a', canonicalUrl: 'https://news.example/a' })).toBe('url:https://news.example/a');
    expect(articleKey({ text: 'x', url: 'https://news.example/a' })).toBe('url:https://news.example/a');
    expect(articleKey({ text: 'Body.' })).toBe(`body:${bodyHash('Body.')}`);
  });

  it('the body hash ignores spacing, case and punctuation, not words', () => {
    expect(bodyHash('The port  reopened.\n\nShips wait.')).toBe(bodyHash('the port reopened — ships wait'));
    expect(bodyHash('The port reopened.')).not.toBe(bodyHash('The port closed.'));
  });

  it('every article also has its body key, so the same text under two URLs is found', () => {
    expect(articleKeys({ text: 'Same text.', url: 'https://a.example/1' })[1]).toBe(articleKeys({ text: 'same text', url: 'https://b.example/2' })[1]);
  });
});

describe('createDedupe', () => {
  it('returns the first input sharing any key, and nothing for new articles', () => {
    const seen = createDedupe();
    expect(seen({ input: 'a', text: 'One story.', url: 'https://news.example/1' })).toBeUndefined();
    expect(seen({ input: 'b', text: 'Other story.', url: 'https://news.example/2' })).toBeUndefined();
    expect(seen({ input: 'c', text: 'Edited story.', url: 'https://www.news.example/1?utm_campaign=x' })).toBe('a');
    expect(seen({ input: 'd', text: 'other   STORY', url: 'https://elsewhere.example/9' })).toBe('b');
  });
});
