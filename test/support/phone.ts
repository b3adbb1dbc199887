import type { Page } from 'playwright-core';

/**
 * What a phone user would find wrong on the page shown (issue 18, 375 px),
 * measured in the page: each a sentence naming the element, empty when the
 * page is fine. Used by test/browser/phone-screens.spec.ts.
 */
export interface PhoneProblems {
  /** Elements reaching past the window's edges, outside a table's own scrolling box. */
  tooWide: string[];
  /** Targets under 24 × 24 px whose 24 px circle meets another target (WCAG 2.5.8). */
  tooSmall: string[];
  /** Card cells (tables that are cards on a phone) shown without their column's name. */
  unlabelledCells: string[];
  /** Tables that neither become cards nor scroll in their own box. */
  looseTables: string[];
  /** Text cut off inside its box (a clipped button label, a truncated cell). */
  clippedText: string[];
  /** A field's hint or error running out of its field, over what follows it. */
  overlappingHints: string[];
  /** A chart's words drawn past its SVG's edges, so cut off (chartTextCut). */
  clippedCharts: string[];
  /**
   * Tables that scroll sideways in their own box at this width, by caption or
   * label: allowed, but a list people scan should be cards instead.
   */
  sidewaysTables: string[];
}

export const MIN_TARGET = 24;

/**
 * A chart's text (a label, a figure) that reaches past its drawing: an SVG
 * clips what lies outside it, so the words are cut off ("it cost: family
 * support worker"). At any width; each as the text and how far it runs out.
 */
export function chartTextCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main svg text')).flatMap((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement;
      const t = text.getBoundingClientRect();
      if (!svg || t.width === 0) return [];
      const s = svg.getBoundingClientRect();
      const out = Math.max(s.left - t.left, t.right - s.right, s.top - t.top, t.bottom - s.bottom);
      const words = (text.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return out > 1 ? [`"${words}" runs ${Math.round(out)} px out of its chart`] : [];
    }),
  );
}

/** Measures the page as it is; run it after the page has settled. */
export async function phoneProblems(page: Page): Promise<PhoneProblems> {
  const clippedCharts = await chartTextCut(page);
  const found = await page.evaluate((minTarget) => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string => {
      const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      const classes = Array.from(el.classList)
        .filter((c) => !c.startsWith('ng-') && !c.startsWith('_ng'))
        .slice(0, 3)
        .join('.');
      return `${el.tagName.toLowerCase()}${classes ? '.' + classes : ''}${text ? ` "${text}"` : ''}`;
    };
    const shown = (el: Element): boolean => {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
    };
    // Inside a box that scrolls sideways (a table's scroll region) or is clipped on purpose.
    const scrolledOrClipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
      }
      return false;
    };
    const visuallyHidden = (el: Element): boolean =>
      el.closest('.visually-hidden, .cdk-visually-hidden') !== null;

    const tooWide: string[] = [];
    const all = Array.from(document.body.querySelectorAll('*')).filter(
      (el) => !visuallyHidden(el) && shown(el) && !scrolledOrClipped(el),
    );
    const past = all.filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.right > width + 1 || rect.left < -1;
    });
    // The outermost only: what to fix, not each of its children.
    for (const el of past.filter((e) => !past.includes(e.parentElement as Element))) {
      const rect = el.getBoundingClientRect();
      tooWide.push(`${name(el)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px`);
    }

    // Targets: what a finger presses. A link inside a sentence is exempt (WCAG 2.5.8 "inline").
    const targets = Array.from(
      document.body.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=link], [role=checkbox], [role=radio], [role=switch], [role=option], summary',
      ),
    ).filter((el) => {
      if (visuallyHidden(el) || !shown(el)) return false;
      // Material's checkbox and radio inputs are invisible, under their visible touch target.
      if (el.matches('.mdc-checkbox__native-control, .mdc-radio__native-control')) return false;
      if (el.matches('input') && getComputedStyle(el).opacity === '0') return false;
      if ((el as HTMLButtonElement).disabled) return false;
      return true;
    });
    const inline = (el: HTMLElement): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const parent = el.parentElement;
      if (!parent) return false;
      const ownText = Array.from(parent.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      return ownText.length > 0;
    };
    const rects = targets.map((el) => el.getBoundingClientRect());
    const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
    const undersized = (r: DOMRect): boolean => r.width < minTarget || r.height < minTarget;
    // WCAG 2.5.8 "equivalent": a chart's mark whose link a full-sized target elsewhere also offers.
    const fullSizedLinks = new Set(
      targets
        .filter((el, i) => !undersized(rects[i]!) && !el.closest('svg'))
        .map((el) => el.getAttribute('href')),
    );
    const tooSmall: string[] = [];
    targets.forEach((el, i) => {
      const r = rects[i]!;
      if (!undersized(r) || inline(el)) return;
      if (el.closest('svg') && fullSizedLinks.has(el.getAttribute('href'))) return;
      // The spacing exception: a 24 px circle on its centre meets no other target, nor the
      // circle of another undersized one.
      const [cx, cy] = centre(r);
      const radius = minTarget / 2;
      const meets = rects.some((o, j) => {
        if (j === i || targets[j]!.contains(el) || el.contains(targets[j]!)) return false;
        const nx = Math.max(o.left, Math.min(cx, o.right));
        const ny = Math.max(o.top, Math.min(cy, o.bottom));
        if ((nx - cx) ** 2 + (ny - cy) ** 2 < radius ** 2) return true;
        if (!undersized(o)) return false;
        const [ox, oy] = centre(o);
        return (ox - cx) ** 2 + (oy - cy) ** 2 < minTarget ** 2;
      });
      if (meets) tooSmall.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
    });

    const unlabelledCells: string[] = [];
    const looseTables: string[] = [];
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      if (!shown(table) || visuallyHidden(table)) continue;
      if (table.classList.contains('cards-on-phone')) {
        if (getComputedStyle(table).display === 'table') {
          looseTables.push(`${name(table)} is still a table at ${width} px`);
        }
        for (const cell of Array.from(table.querySelectorAll('tbody td, tfoot td'))) {
          const td = cell as HTMLTableCellElement;
          if (td.colSpan > 1 || !shown(td) || (td.innerText ?? '').trim() === '') continue;
          const label = getComputedStyle(td, '::before').content;
          if (!td.getAttribute('data-label') || label === 'none' || label === 'normal') {
            unlabelledCells.push(`${name(table)}: a cell "${td.innerText.trim().slice(0, 30)}"`);
          }
        }
      } else if (table.getBoundingClientRect().right > width + 1 && !scrolledOrClipped(table)) {
        looseTables.push(`${name(table)} neither cards nor its own scroll box`);
      }
    }

    // Text cut off: a box whose content is wider than the box and hidden, or an ellipsis.
    const clippedText: string[] = [];
    for (const el of all) {
      if (!(el instanceof HTMLElement) || el.children.length > 2) continue;
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis';
      if (!hides || (el.innerText ?? '').trim() === '') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        clippedText.push(`${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      }
    }
    const overlappingHints: string[] = [];
    const subscripts = '.mat-mdc-form-field-hint-wrapper, .mat-mdc-form-field-error-wrapper';
    for (const hint of Array.from(document.querySelectorAll(subscripts))) {
      const field = hint.closest('.mat-mdc-form-field');
      if (!field || !shown(hint) || (hint as HTMLElement).innerText.trim() === '') continue;
      const below = hint.getBoundingClientRect().bottom - field.getBoundingClientRect().bottom;
      if (below > 1)
        overlappingHints.push(`${name(hint)} runs ${Math.round(below)} px past its field`);
    }
    const sidewaysTables: string[] = [];
    for (const region of Array.from(
      document.querySelectorAll<HTMLElement>('main .scroll-region'),
    )) {
      const table = region.querySelector('table');
      if (!table || !shown(region) || region.scrollWidth <= region.clientWidth + 1) continue;
      const caption = table.querySelector('caption')?.textContent ?? '';
      const label = table.getAttribute('aria-label') ?? region.getAttribute('aria-label') ?? '';
      sidewaysTables.push((caption || label || name(table)).trim().replace(/\s+/g, ' '));
    }
    return {
      tooWide,
      tooSmall,
      unlabelledCells,
      looseTables,
      clippedText,
      overlappingHints,
      sidewaysTables,
    };
  }, MIN_TARGET);
  return { ...found, clippedCharts };
}

/** Every problem as one line each, with where it was seen (a table scrolling sideways is not one). */
export function describeProblems(where: string, problems: PhoneProblems): string[] {
  return Object.entries(problems)
    .filter(([kind]) => kind !== 'sidewaysTables')
    .flatMap(([kind, found]: [string, string[]]) => found.map((f) => `${where}: ${kind}: ${f}`));
}

/** Whether a box (a dialog, a calendar) lies wholly inside the window. */
export async function fitsWindow(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return `${sel} is not shown`;
    const r = el.getBoundingClientRect();
    const w = document.documentElement.clientWidth;
    const h = window.innerHeight;
    if (r.left < -1 || r.right > w + 1) return `${sel} spans ${r.left}..${r.right} px of ${w}`;
    if (r.height > h + 1) return `${sel} is ${r.height} px tall in ${h}`;
    return null;
  }, selector);
}
