import type { FixtureArticle } from '../fixtures/trail/articles.js';

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * The fixture article as a small news page (outlet, date and canonical URL in meta tags), so
 * `claimtrail ingest test/fixtures/trail/html` reads what the trail tests store by hand.
 */
export function fixtureHtml(a: FixtureArticle): string {
  const [title, ...paragraphs] = a.text.split('\n\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(a.title)} | ${escape(a.outlet)}</title>
<meta property="og:site_name" content="${escape(a.outlet)}">
<meta property="article:published_time" content="${a.published}T09:00:00Z">
<link rel="canonical" href="${escape(a.url)}">
</head>
<body>
<article>
<h1>${escape(title!)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
</body>
</html>
`;
}
