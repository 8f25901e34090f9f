import { describe, expect, it } from 'vitest';
import { SeenArticles } from '../../src/ingest/seen-articles.js';

describe('SeenArticles', () => {
  it('names the first article that shares any key, and lets new keys lead to the newer article', () => {
    const seen = new SeenArticles();
    expect(seen.add('feed.xml#1', ['url:https://a.example/x', 'body:1'])).toBeUndefined();
    expect(seen.add('copie-été.html', ['url:https://b.example/y', 'body:1'])).toBe('feed.xml#1');
    // the copy's own URL now leads to the copy
    expect(seen.add('later.html', ['url:https://b.example/y', 'body:2'])).toBe('copie-été.html');
    expect(seen.add('other.html', ['body:3'])).toBeUndefined();
  });

  it('keeps every key through many articles, with no false match', () => {
    const seen = new SeenArticles();
    const n = 30_000;
    for (let i = 0; i < n; i++) expect(seen.add(`in:${i}`, [`url:${i}`, `body:${i}`])).toBeUndefined();
    for (let i = 0; i < n; i += 997) {
      expect(seen.add(`again:${i}`, [`body:${i}`])).toBe(`in:${i}`);
      expect(seen.add(`url-again:${i}`, [`url:${i}`, `body:new-${i}`])).toBe(`in:${i}`);
    }
    expect(seen.add('fresh', [`url:${n}`, `body:${n}`])).toBeUndefined();
  });

  it('remembers the last one to two generations of articles, so memory stays bounded', () => {
    const seen = new SeenArticles(100);
    for (let i = 0; i < 250; i++) seen.add(`in:${i}`, [`body:${i}`]);
    // 200..249 are in the current generation, 100..199 in the previous one, 0..99 are forgotten
    expect(seen.add('again-a', ['body:249'])).toBe('in:249');
    expect(seen.add('again-b', ['body:120'])).toBe('in:120');
    expect(seen.add('again-c', ['body:5'])).toBeUndefined();
  });
});
