// The claim card: click a highlighted claim or figure to see who said it, how, and how sure.
// Every value is inserted with textContent: article text never becomes markup.
(() => {
  const article = document.querySelector('[data-article-id]');
  const card = document.getElementById('card');
  if (!article || !card) return;
  const id = article.getAttribute('data-article-id');
  let data;
  const load = async () => (data ??= await (await fetch(`/api/articles/${id}`)).json());
  const slice = (span) => (span ? data.text.slice(span.start, span.end) : '');

  function el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }
  function rows(list, pairs) {
    for (const [label, value] of pairs) {
      if (value === undefined || value === null || value === '') continue;
      list.append(el('dt', label));
      const dd = el('dd');
      if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
      list.append(dd);
    }
  }
  function select(attr, value) {
    for (const n of document.querySelectorAll('.selected')) n.classList.remove('selected');
    for (const n of document.querySelectorAll(`[${attr}="${CSS.escape(value)}"]`)) n.classList.add('selected');
  }
  function show(title, pairs) {
    card.replaceChildren();
    const close = el('button', '×', { class: 'close', 'aria-label': 'Close' });
    close.addEventListener('click', () => { card.hidden = true; });
    const list = el('dl');
    rows(list, pairs);
    card.append(close, el('h3', title), list);
    card.hidden = false;
  }
  function showClaim(docId) {
    const claim = data.doc.claims.find((c) => c.id === docId);
    if (!claim) return;
    const stored = data.storedClaims.find((c) => c.docId === docId);
    const entity = claim.source && claim.source.entity !== undefined ? data.entityIds[claim.source.entity] : undefined;
    // a relative source ("who") shows the phrase it stands for
    const said = claim.source ? slice(claim.source.antecedent ?? claim.source) : '';
    const source = entity !== undefined ? el('a', said, { href: `/entities/${entity}` }) : said || '(unsourced)';
    const figures = data.doc.quantities.filter((q) => q.claim === docId).map((q) => slice(q)).join('; ');
    select('data-claim', docId);
    show('Claim', [
      ['Source', source],
      ['Cue', slice(claim.cue)],
      ['Says', claim.content.map(slice).join(' … ')],
      ['Kind', claim.kind],
      ['Evidence', claim.evidence],
      ['Status', claim.status.join(', ')],
      ['Figures', figures],
      ['Anonymous', claim.source && claim.source.anonymous ? 'yes' : ''],
      ['Stored as', stored ? `claim ${stored.id}` : ''],
    ]);
  }
  function showFigure(docId) {
    const q = data.doc.quantities.find((x) => x.id === docId);
    if (!q) return;
    const series = data.figureSeries && data.figureSeries[docId];
    const claim = q.claim ? data.doc.claims.find((c) => c.id === q.claim) : undefined;
    const range = q.lower === null && q.upper === null ? '' : `${q.lower ?? '…'} – ${q.upper ?? '…'}`;
    select('data-figure', docId);
    show('Figure', [
      ['Figure', slice(q)],
      ['Value', q.value],
      ['Bound', q.bound + (q.approximate ? ' (approximate)' : '')],
      ['Interval', range],
      ['Counts', q.categories.join(' and ')],
      ['Subject', slice(q.subject)],
      ['Lost by', slice(q.owner)],
      ['Place', slice(q.place)],
      ['Time', slice(q.time)],
      ['Source', claim ? slice(claim.source && (claim.source.antecedent ?? claim.source)) || '(unsourced)' : ''],
      ['Status', q.status.join(', ')],
      ['Series', series ? el('a', 'see the trail', { href: `/figures/${encodeURIComponent(series)}` }) : ''],
    ]);
  }
  article.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-figure], [data-claim]') : null;
    if (!target) return;
    await load();
    const figure = target.getAttribute('data-figure');
    if (figure) showFigure(figure); else showClaim(target.getAttribute('data-claim'));
  });
  // Hovering any part of a claim lights up all of it (source, cue and content may be apart).
  article.addEventListener('mouseover', (event) => {
    const part = event.target instanceof Element ? event.target.closest('[data-claim]') : null;
    for (const n of document.querySelectorAll('.hover')) n.classList.remove('hover');
    if (part) for (const n of document.querySelectorAll(`[data-claim="${CSS.escape(part.getAttribute('data-claim'))}"]`)) n.classList.add('hover');
  });
  // Arriving from the explorer or a figure page (#c-c2, #q-q1) opens that card.
  const hash = decodeURIComponent(location.hash.slice(1));
  if (/^[cq]-/.test(hash)) {
    load().then(() => (hash.startsWith('q-') ? showFigure(hash.slice(2)) : showClaim(hash.slice(2))));
  }
})();
