export { buildSeries } from './build-series.js';
export { categoryKey, placeKey, subjectKey } from './series-keys.js';
export { pointInterval, describeInterval } from './point-interval.js';
export type { FigurePoint, FigureSeries, TrailFlag, SeriesSummary, Interval } from './types.js';
