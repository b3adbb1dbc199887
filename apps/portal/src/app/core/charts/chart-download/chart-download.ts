import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { pngBlob, saveBlob, svgBlob } from '../chart-export';

/**
 * "Download PNG" and "Download SVG" for a chart: give it the chart's <svg> element (a template
 * reference) and a file name without extension. The PNG is drawn through a canvas.
 */
@Component({
  selector: 'att-chart-download',
  imports: [MatButtonModule],
  template: `
    <div class="chart-download" role="group" [attr.aria-label]="'Download ' + label()">
      <button mat-button type="button" (click)="png()">
        Download PNG<span class="visually-hidden"> of {{ label() }}</span>
      </button>
      <button mat-button type="button" (click)="svg()">
        Download SVG<span class="visually-hidden"> of {{ label() }}</span>
      </button>
      @if (problem(); as text) {
        <span class="error-text" role="alert">{{ text }}</span>
      }
    </div>
  `,
  styles: `
    .chart-download {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartDownload {
  private readonly document = inject(DOCUMENT);

  /** The chart to save: an <svg> (a template reference types it as an Element). */
  readonly chart = input.required<Element>();
  /** The file name without extension, e.g. `cost-by-la`. */
  readonly filename = input.required<string>();
  /** What the chart is, for the buttons' accessible names. */
  readonly label = input('the chart');

  readonly problem = signal<string | null>(null);

  private svgElement(): SVGSVGElement {
    return this.chart() as SVGSVGElement;
  }

  svg(): void {
    this.problem.set(null);
    saveBlob(this.document, svgBlob(this.svgElement()), `${this.filename()}.svg`);
  }

  async png(): Promise<void> {
    this.problem.set(null);
    try {
      saveBlob(this.document, await pngBlob(this.svgElement()), `${this.filename()}.png`);
    } catch (error) {
      this.problem.set(error instanceof Error ? error.message : 'The PNG could not be made.');
    }
  }
}
