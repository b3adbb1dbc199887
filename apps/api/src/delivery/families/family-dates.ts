import { addDays } from '@attune/domain';

/** The same day `months` calendar months later (the last day of a shorter month). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lastDay = Number(addDays(addMonthsFirst(first), -1).slice(8));
  return `${first.slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function addMonthsFirst(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
