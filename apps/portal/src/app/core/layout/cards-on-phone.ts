import { DestroyRef, Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * A table that is a person's main view on a phone: below 600 px each row is a
 * card, each cell named by its column (styles.scss, `.cards-on-phone`). CSS
 * `display: block` strips a table's semantics in some browsers, so the table
 * states them with ARIA roles and stays a table to a screen reader; each cell
 * carries its column's name (`data-label`) for the card's visible label. Rows
 * come and go with the data, so the names follow every change.
 *
 *   <div attScrollRegion><table attCardsOnPhone>…</table></div>
 */
@Directive({
  selector: 'table[attCardsOnPhone]',
  host: { class: 'cards-on-phone', role: 'table' },
})
export class CardsOnPhone {
  private readonly table: HTMLTableElement =
    inject<ElementRef<HTMLTableElement>>(ElementRef).nativeElement;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      labelCells(this.table);
      const observer = new MutationObserver(() => labelCells(this.table));
      observer.observe(this.table, { childList: true, subtree: true, characterData: true });
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}

/** Roles for the table's parts, and each body cell its column's name (once per change). */
export function labelCells(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '');
  setIfChanged(table.tHead, 'role', 'rowgroup');
  for (const row of table.rows) {
    setIfChanged(row, 'role', 'row');
    for (const cell of row.cells) {
      const inHead = row.parentElement === table.tHead;
      const role = inHead ? 'columnheader' : cell.tagName === 'TH' ? 'rowheader' : 'cell';
      setIfChanged(cell, 'role', role);
    }
  }
  // The bodies and the foot (a totals row) are cards alike.
  const groups = [...table.tBodies, ...(table.tFoot ? [table.tFoot] : [])];
  for (const body of groups) {
    setIfChanged(body, 'role', 'rowgroup');
    for (const row of body.rows) {
      // A row under a cell spanning rows (a day of a week) starts as many columns in as it
      // lacks; columns are counted by span, so a row of a day with nothing ("No time
      // recorded" across five columns) is not taken for one missing four.
      const width = [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0);
      let column = Math.max(0, headers.length - width);
      for (const cell of row.cells) {
        setIfChanged(cell, 'data-label', cell.colSpan > 1 ? '' : (headers[column] ?? ''));
        column += cell.colSpan;
      }
    }
  }
}

/** Writes only a changed attribute, so the observer does not wake itself forever. */
function setIfChanged(el: Element | null, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}
