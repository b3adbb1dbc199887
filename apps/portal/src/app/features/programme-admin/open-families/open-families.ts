import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OpenFamilyRef } from '@attune/contract';
import { programmeLink } from '../../../core/programme/programme-urls';
import { LabelPipe } from '../../../core/format/words';

/** After a withdrawal: the practitioner's open families, each linking to its page to reallocate. */
@Component({
  selector: 'att-open-families',
  imports: [RouterLink, LabelPipe],
  template: `
    <section class="open-families" data-testid="open-families" aria-labelledby="open-families-h">
      <h3 id="open-families-h">Families of {{ code() }} that need another practitioner</h3>
      @if (families().length === 0) {
        <p>None: {{ code() }} has no open families.</p>
      } @else {
        <p>
          {{ families().length }} open {{ families().length === 1 ? 'family' : 'families' }}; their
          records stay as they are.
        </p>
        <ul>
          @for (f of families(); track f.reference) {
            <li [attr.data-reference]="f.reference">
              <a [routerLink]="link(f.reference)">{{ f.reference }}</a>
              ({{ f.laCode }}, {{ f.status | label }})
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .open-families {
      border-left: 4px solid var(--mat-sys-tertiary, #7d5260);
      padding-inline-start: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenFamilies {
  readonly programmeId = input.required<string>();
  readonly code = input.required<string>();
  readonly families = input.required<readonly OpenFamilyRef[]>();

  link(reference: string): string[] {
    return programmeLink(this.programmeId(), 'families', reference);
  }
}
