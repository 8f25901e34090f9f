import { html } from 'hono/html';
import type { EntityView } from '../store/entities.js';
import { layout, type Page } from './layout.js';
import { claimRows } from './claim-rows.js';

/** Everything one person or body is quoted saying, across articles. */
export function entityPage(entity: EntityView): Page {
  const body = html`
<h1>${entity.name}</h1>
<p class="meta">${entity.type}${entity.roles.length > 0 ? html` · ${entity.roles.join('; ')}` : ''} · in ${String(entity.articles)} articles · known as: ${entity.names.join(', ')}</p>
<h2>Quoted saying (${String(entity.quoted.length)})</h2>
${claimRows(entity.quoted)}`;
  return layout(entity.name, body);
}
