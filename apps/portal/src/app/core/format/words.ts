import { Pipe, type PipeTransform } from '@angular/core';
import { valueHeading, valueLabel } from '@attune/domain';

/** Every stored value in words comes from the domain's one list (`valueLabel`). */
export { valueHeading, valueLabel as label } from '@attune/domain';

/** `{{ family.status | label }}`: a stored value in words. */
@Pipe({ name: 'label' })
export class LabelPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return valueLabel(value);
  }
}

/** `{{ role | heading }}`: a stored value in words with a capital, for an option or a cell. */
@Pipe({ name: 'heading' })
export class HeadingPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return valueHeading(value);
  }
}

/** `1 family`, `2 families`: a count with its noun in the right number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/**
 * `1 of 6 practitioners has`, `2 of 6 practitioners have`: a part of a whole, its verb agreeing
 * with the part counted (`verb` is its singular and plural).
 */
export function partOf(
  part: number,
  total: number,
  noun: string,
  verb: readonly [one: string, many: string],
  nouns = `${noun}s`,
): string {
  return `${part.toLocaleString('en-GB')} of ${plural(total, noun, nouns)} ${part === 1 ? verb[0] : verb[1]}`;
}

/** Whole minutes as people say them: `7 h 30 min`, `45 min`, `12 h`, `1,205 h 5 min`. */
export function duration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const whole = Math.abs(Math.trunc(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${sign}${m} min`;
  const hours = `${sign}${h.toLocaleString('en-GB')} h`;
  return m === 0 ? hours : `${hours} ${m} min`;
}
