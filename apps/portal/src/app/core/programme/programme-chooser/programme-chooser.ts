import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ukDate, ukDateTime } from '../../format/uk-date';
import { ProgrammeOption } from '../programme.models';

/** `Name: 1 Sep 2021 to 30 Jun 2022, imported 6 Dec 2026, 20:35:12` */
export function describeProgramme(p: ProgrammeOption): string {
  return `${p.name}: ${ukDate(p.startDate)} to ${ukDate(p.deliveryEnd)}, imported ${ukDateTime(p.importedAt)}`;
}

/**
 * Each programme's words, by id. Two imports of one package within the same
 * second read alike, so those (and only those) also show the start of their id:
 * no two options in the chooser are ever the same text.
 */
export function describeProgrammes(programmes: readonly ProgrammeOption[]): Map<string, string> {
  const described = programmes.map((p) => [p.id, describeProgramme(p)] as const);
  const seen = new Map<string, number>();
  for (const [, words] of described) seen.set(words, (seen.get(words) ?? 0) + 1);
  return new Map(
    described.map(([id, words]) => [
      id,
      (seen.get(words) ?? 0) > 1 ? `${words}, ref ${id.slice(0, 8)}` : words,
    ]),
  );
}

/**
 * The one programme chooser: each programme by name, dates and import date
 * (imports of the same name differ by those). Says which is chosen; choosing
 * is the container's business.
 */
@Component({
  selector: 'att-programme-chooser',
  template: `
    @if (programmes().length > 1 || !selected()) {
      <label class="chooser"
        >Programme
        <select data-testid="programme-chooser" (change)="choose($any($event.target).value)">
          @if (!selected()) {
            <option value="" disabled [selected]="true">Choose a programme…</option>
          }
          @for (p of programmes(); track p.id) {
            <option [value]="p.id" [selected]="p.id === selectedId()">
              {{ labels().get(p.id) }}
            </option>
          }
        </select>
      </label>
    }
    @if (selected(); as p) {
      <p class="current" data-testid="programme-current">
        <span class="visually-hidden">Programme: </span><strong>{{ p.name }}</strong
        >: {{ dates(p) }}, imported {{ imported(p) }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .chooser {
      display: grid;
      /* A track that shrinks below the longest option's width: the page never scrolls sideways. */
      grid-template-columns: minmax(0, max-content);
      gap: 2px;
      max-width: 100%;
    }
    select {
      max-width: 100%;
      font: inherit;
      padding: 4px;
    }
    .current {
      margin: 4px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeChooser {
  readonly programmes = input.required<readonly ProgrammeOption[]>();
  readonly selectedId = input<string | null>(null);
  readonly chosen = output<string>();

  readonly selected = computed(
    () => this.programmes().find((p) => p.id === this.selectedId()) ?? null,
  );
  readonly labels = computed(() => describeProgrammes(this.programmes()));

  dates(p: ProgrammeOption): string {
    return `${ukDate(p.startDate)} to ${ukDate(p.deliveryEnd)}`;
  }

  imported(p: ProgrammeOption): string {
    return ukDateTime(p.importedAt);
  }

  choose(id: string): void {
    if (id && id !== this.selectedId()) this.chosen.emit(id);
  }
}
