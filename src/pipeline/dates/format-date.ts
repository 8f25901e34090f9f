/** chrono's parsed date parts written as the doc's dates are: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
import type * as chrono from 'chrono-node';
import type { DatePrecision } from '../../model/doc.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `component` at `precision`, its year moved by `yearShift` or its day by `dayShift`. */
export function formatDate(component: chrono.ParsedComponents, precision: DatePrecision, yearShift = 0, dayShift = 0): string {
  if (dayShift !== 0) {
    const moved = new Date(Date.UTC(component.get('year') ?? 0, (component.get('month') ?? 1) - 1, (component.get('day') ?? 1) + dayShift));
    return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
  }
  const y = (component.get('year') ?? 0) + yearShift;
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${pad(component.get('month') ?? 1)}`;
  return `${y}-${pad(component.get('month') ?? 1)}-${pad(component.get('day') ?? 1)}`;
}
