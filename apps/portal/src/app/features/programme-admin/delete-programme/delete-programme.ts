import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  signal,
  viewChild,
  afterNextRender,
  inject,
  Injector,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * Deleting a programme removes every row of it: the admin opens a dialog and
 * types the programme's name before the delete button works.
 */
@Component({
  selector: 'att-delete-programme',
  imports: [MatButtonModule],
  template: `
    @if (open()) {
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-h"
        aria-describedby="delete-d"
        class="dialog"
        (keydown.escape)="close()"
      >
        <h2 id="delete-h">Delete {{ name() }}?</h2>
        <p id="delete-d">
          This removes the programme and every record of it: families, sessions, time, costs. It
          cannot be undone. Type the programme's name to confirm.
        </p>
        <label
          >Programme name
          <input
            #typed
            [value]="typedName()"
            (input)="typedName.set(typed.value)"
            autocomplete="off"
            spellcheck="false"
        /></label>
        <div class="buttons">
          <button
            mat-flat-button
            type="button"
            class="danger"
            [disabled]="!matches() || busy()"
            (click)="confirmed.emit(version())"
          >
            Delete this programme
          </button>
          <button mat-button type="button" (click)="close()">Cancel</button>
        </div>
      </div>
    } @else {
      <button mat-stroked-button type="button" (click)="openDialog()">Delete programme…</button>
    }
  `,
  styles: `
    .dialog {
      border: 2px solid var(--mat-sys-error, #b3261e);
      padding: 12px 16px;
      max-width: 36rem;
      display: grid;
      gap: 8px;
    }
    label {
      display: grid;
      gap: 2px;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteProgramme {
  readonly name = input.required<string>();
  readonly version = input.required<number>();
  readonly busy = input(false);
  readonly confirmed = output<number>();

  readonly open = signal(false);
  readonly typedName = signal('');
  /** Exactly the name, as the list shows it (surrounding spaces forgiven). */
  readonly matches = computed(() => this.typedName().trim() === this.name());
  private readonly typed = viewChild<ElementRef<HTMLInputElement>>('typed');
  private readonly injector = inject(Injector);

  openDialog(): void {
    this.typedName.set('');
    this.open.set(true);
    // Focus goes into the dialog, to the field that is asked for.
    afterNextRender(() => this.typed()?.nativeElement.focus(), { injector: this.injector });
  }

  close(): void {
    this.open.set(false);
  }
}
