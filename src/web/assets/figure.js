// The figure timeline: one colour per source; each figure drawn as its interval (a vertical
// bar from low to high; an arrow when open-ended, "more than"), its own figures joined by a line.
(() => {
  const host = document.getElementById('chart');
  if (!host || typeof uPlot === 'undefined') return;
  const COLORS = ['#0b5cad', '#c0392b', '#2a7a3b', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#b7950b'];
  const TOLERANCE = 0.1;
  const day = (d) => Date.parse(`${d.length === 7 ? d + '-01' : d.length === 4 ? d + '-01-01' : d}T00:00:00Z`) / 1000;

  function interval(p) {
    if (p.bound === 'vague') return null;
    if (p.lower !== null || p.upper !== null) return { low: p.lower ?? 0, high: p.upper ?? Infinity };
    if (p.value === null) return null;
    if (p.approximate || p.bound === 'approx') return { low: p.value * (1 - TOLERANCE), high: p.value * (1 + TOLERANCE) };
    return { low: p.value, high: p.value };
  }
  const shown = (p, i) => (p.value ?? (i.high === Infinity ? i.low : (i.low + i.high) / 2));

  fetch(`/api/figures/${encodeURIComponent(host.getAttribute('data-series'))}`).then((r) => r.json()).then((series) => {
    const points = series.points
      .map((p) => ({ p, i: interval(p), x: day(p.refersTo ?? p.published ?? '1970-01-01') }))
      .filter((d) => d.i !== null);
    const sources = [...new Set(points.map((d) => d.p.source ?? d.p.outlet ?? 'unattributed'))];
    const xs = [...new Set(points.map((d) => d.x))].sort((a, b) => a - b);
    const ys = sources.map((s) => xs.map((x) => {
      const d = points.find((q) => q.x === x && (q.p.source ?? q.p.outlet ?? 'unattributed') === s);
      return d ? shown(d.p, d.i) : null;
    }));
    const finite = points.flatMap((d) => [d.i.low, d.i.high]).filter(Number.isFinite);
    const top = Math.max(...finite, 1) * 1.25;
    const pad = 3 * 86400;

    function drawRanges(u) {
      const ctx = u.ctx;
      ctx.save();
      for (const d of points) {
        const color = COLORS[sources.indexOf(d.p.source ?? d.p.outlet ?? 'unattributed') % COLORS.length];
        const x = u.valToPos(d.x, 'x', true);
        const y0 = u.valToPos(d.i.low, 'y', true);
        const y1 = u.valToPos(Number.isFinite(d.i.high) ? d.i.high : top, 'y', true);
        ctx.strokeStyle = color;
        ctx.globalAlpha = 0.45;
        ctx.lineWidth = 10 * devicePixelRatio;
        ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, Math.min(y0 - 2, y1)); ctx.stroke();
        if (!Number.isFinite(d.i.high)) {
          ctx.globalAlpha = 0.9;
          ctx.fillStyle = color;
          const s = 8 * devicePixelRatio;
          ctx.beginPath(); ctx.moveTo(x - s, y1 + s); ctx.lineTo(x, y1); ctx.lineTo(x + s, y1 + s); ctx.fill();
        }
      }
      ctx.restore();
    }

    const opts = {
      width: Math.max(host.clientWidth - 20, 320),
      height: 320,
      scales: { x: { time: true, range: [xs[0] - pad, xs[xs.length - 1] + pad] }, y: { range: [0, top] } },
      axes: [{}, { size: 70, values: (u, vals) => vals.map((v) => v.toLocaleString('en-US')) }],
      series: [{}, ...sources.map((s, k) => ({
        label: s,
        stroke: COLORS[k % COLORS.length],
        width: 2,
        spanGaps: true,
        points: { show: true, size: 9, fill: COLORS[k % COLORS.length] },
      }))],
      legend: { live: false },
      hooks: { draw: [drawRanges] },
    };
    new uPlot(opts, [xs, ...ys], host);
    host.setAttribute('data-rendered', String(points.length));
  });
})();
