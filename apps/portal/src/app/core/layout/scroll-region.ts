import { Directive, ElementRef, afterNextRender, inject, input } from '@angular/core';

let nextCaptionId = 0;

/**
 * A table's own scrolling box, so that a wide table scrolls inside it and the
 * page never scrolls sideways (issue 18, 375 px). It is a labelled region in
 * the tab order, so a keyboard user can reach it and scroll it with the arrow
 * keys (WCAG 2.1.1; axe's scrollable-region-focusable). Its name is the
 * table's caption (or the table's own label); `attScrollRegion="…"` names it
 * where the table has neither.
 *
 *   <div attScrollRegion><table><caption>Families</caption>…</table></div>
 */
@Directive({
  selector: '[attScrollRegion]',
  host: { class: 'scroll-region', role: 'region', tabindex: '0' },
})
export class ScrollRegion {
  /** The region's name when its table has no caption and no label of its own. */
  readonly attScrollRegion = input('');
  private readonly host: HTMLElement = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  constructor() {
    // The table is the host's content: named once it is in the page.
    afterNextRender(() => nameRegion(this.host, this.attScrollRegion()));
  }
}

/** Names the region by its table's caption, the table's label, or the fallback given. */
export function nameRegion(region: HTMLElement, fallback: string): void {
  const table = region.querySelector('table');
  const caption = table?.querySelector(':scope > caption');
  if (caption) {
    caption.id ||= `att-caption-${++nextCaptionId}`;
    region.setAttribute('aria-labelledby', caption.id);
  } else if (table?.getAttribute('aria-labelledby')) {
    region.setAttribute('aria-labelledby', table.getAttribute('aria-labelledby')!);
  } else {
    region.setAttribute('aria-label', table?.getAttribute('aria-label') || fallback || 'Table');
  }
}
