import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScrollRegion } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div attScrollRegion data-testid="captioned">
      <table>
        <caption>
          Families by status
        </caption>
        <tr>
          <td>1</td>
        </tr>
      </table>
    </div>
    <div attScrollRegion data-testid="labelled-table">
      <table aria-labelledby="heading">
        <tr>
          <td>1</td>
        </tr>
      </table>
    </div>
    <div attScrollRegion="Rows imported" data-testid="fallback">
      <table>
        <tr>
          <td>1</td>
        </tr>
      </table>
    </div>
  `,
})
class Host {}

describe('ScrollRegion', () => {
  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const region = (root: HTMLElement, id: string): HTMLElement =>
    root.querySelector(`[data-testid="${id}"]`) as HTMLElement;

  it('is a focusable region named by its table caption', async () => {
    const root = await render();
    const box = region(root, 'captioned');
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.classList).toContain('scroll-region');
    const caption = box.querySelector('caption') as HTMLElement;
    expect(caption.id).not.toBe('');
    expect(box.getAttribute('aria-labelledby')).toBe(caption.id);
  });

  it("takes the table's own label when it has no caption, else the name given", async () => {
    const root = await render();
    expect(region(root, 'labelled-table').getAttribute('aria-labelledby')).toBe('heading');
    expect(region(root, 'fallback').getAttribute('aria-label')).toBe('Rows imported');
  });
});
