/** The page shell: one stylesheet, scripts only from /assets (the CSP forbids inline script). */
import { html } from 'hono/html';
import { formatFigure } from '../trail/point-interval.js';

export type Page = ReturnType<typeof html>;

export function layout(title: string, body: Page, scripts: readonly string[] = []): Page {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimtrail</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
${scripts.includes('/assets/uplot.min.js') ? html`<link rel="stylesheet" href="/assets/uplot.min.css">` : ''}
</head>
<body>
<header class="top"><a class="brand" href="/">claimtrail</a>
<nav><a href="/">Trail</a> <a href="/claims">Claims</a></nav>
<form class="search" action="/search" method="get"><input type="search" name="q" placeholder="Search articles and claims" aria-label="Search"></form>
</header>
<main>${body}</main>
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`;
}

export const formatNumber = (n: number | null): string => (n === null ? 'open' : formatFigure(n));
