/** An article as it comes out of ingestion: the text to analyse and what we know about it. */
export interface RawArticle {
  /** Where it came from: a path, '-' for stdin, a URL, or 'path#n' for the nth item of a feed/archive. */
  readonly input: string;
  readonly text: string;
  readonly url?: string;
  readonly title?: string;
  readonly byline?: string;
  /** 'YYYY-MM-DD' when known. */
  readonly published?: string;
  readonly outlet?: string;
  readonly language?: string;
  /** Problems that still left a usable article (invalid bytes replaced, …). */
  readonly warnings?: readonly string[];
  /** The URL the page declares as its own (`<link rel="canonical">`, og:url), resolved. */
  readonly canonicalUrl?: string;
  /** The format it was read from: 'text' | 'html' | 'feed' | 'jsonl' | 'warc'. */
  readonly format?: string;
  /** `input` of an earlier article of the same run with the same key (see articleKey; the run remembers its last 65,536 articles or more). */
  readonly duplicateOf?: string;
}
