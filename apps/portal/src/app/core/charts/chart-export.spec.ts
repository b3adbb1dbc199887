import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { ChartDownload } from './chart-download/chart-download';
import { chartSize, pngBlob, standaloneSvg, svgBlob } from './chart-export';

function chart(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML =
    '<svg viewBox="0 0 300 120" class="c"><rect class="bar" width="10" height="5" style="fill: rgb(1, 2, 3)"/><text>£1.00</text></svg>';
  document.body.appendChild(holder);
  return holder.querySelector('svg')!;
}

const text = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('chart download', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('makes a standalone SVG blob: namespaced, sized from the viewBox, styles inlined', async () => {
    const svg = chart();
    expect(chartSize(svg)).toEqual({ width: 300, height: 120 });
    const blob = svgBlob(svg);
    expect(blob.type).toBe('image/svg+xml');
    const body = await text(blob);
    expect(body).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(body).toContain('width="300"');
    expect(body).toContain('height="120"');
    expect(body).toMatch(/<rect[^>]*style="[^"]*fill:\s*rgb\(1, 2, 3\)/);
    expect(body).toContain('£1.00');
    // The page's element is left as it was.
    expect(svg.getAttribute('width')).toBeNull();
    expect(standaloneSvg(svg)).toBe(body);
  });

  it('draws a PNG blob through a canvas at twice the size, on white', async () => {
    const calls: string[] = [];
    const context = {
      fillStyle: '',
      fillRect: (...a: number[]) => calls.push(`fill ${a.join(',')}`),
      drawImage: (_i: unknown, ...a: number[]) => calls.push(`draw ${a.join(',')}`),
    };
    jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(context as unknown as CanvasRenderingContext2D);
    jest
      .spyOn(HTMLCanvasElement.prototype, 'toBlob')
      .mockImplementation((done: BlobCallback, type?: string) =>
        done(new Blob(['png'], { type: type ?? '' })),
      );
    let loaded = '';
    const blob = await pngBlob(chart(), 2, (url) => {
      loaded = url;
      return Promise.resolve({} as CanvasImageSource);
    });
    expect(blob.type).toBe('image/png');
    expect(decodeURIComponent(loaded)).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg/);
    expect(calls).toEqual(['fill 0,0,600,240', 'draw 0,0,600,240']);
  });

  it('offers both downloads as buttons and saves the SVG under its file name', async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        created.push(b);
        return 'blob:x';
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const fixture = TestBed.createComponent(ChartDownload);
    fixture.componentRef.setInput('chart', chart());
    fixture.componentRef.setInput('filename', 'cost-by-la');
    fixture.componentRef.setInput('label', 'cost by LA');
    await fixture.whenStable();
    const buttons = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(buttons).toEqual(['Download PNG of cost by LA', 'Download SVG of cost by LA']);
    (fixture.nativeElement as HTMLElement).querySelectorAll('button')[1]!.click();
    expect(clicked).toEqual(['cost-by-la.svg']);
    expect(created[0]?.type).toBe('image/svg+xml');
  });
});
