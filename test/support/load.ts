import { loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages ("2.44 3.75 3.38"): each benchmark prints them beside its figures. */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
