/**
 * A chart's SVG as a file: serialised with the styles the page's CSS gave it written onto each
 * element (a file has no stylesheet), as SVG or drawn through a canvas as PNG.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart's size in pixels: its viewBox, else its rendered box, else a default. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0)
    return { width: box[2]!, height: box[3]! };
  const rect = svg.getBoundingClientRect();
  return rect.width > 0 ? { width: rect.width, height: rect.height } : { width: 640, height: 400 };
}

/** A standalone copy of the chart: namespaced, sized, with computed styles inlined. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const view = svg.ownerDocument.defaultView;
  originals.forEach((element, i) => {
    const style = view?.getComputedStyle(element);
    if (!style) return;
    const inline = STYLE_PROPERTIES.map((p) => [p, style.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (inline) copies[i]!.setAttribute('style', inline);
  });
  const { width, height } = chartSize(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' });
}

/** Loads an image from a URL (the SVG as a data URL); replaceable in tests. */
export type ImageLoader = (url: string) => Promise<CanvasImageSource>;

const loadImage: ImageLoader = (url) =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = url;
  });

/** The chart as PNG: the SVG drawn on a white canvas at `scale` (2: sharp on high-density screens). */
export async function pngBlob(svg: SVGSVGElement, scale = 2, load = loadImage): Promise<Blob> {
  const { width, height } = chartSize(svg);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg))}`;
  const image = await load(url);
  const canvas = svg.ownerDocument.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart as PNG.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    ),
  );
}

/** Saves a blob under a file name, through a temporary link. */
export function saveBlob(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
