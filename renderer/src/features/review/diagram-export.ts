/**
 * Export of the before/after process diagrams of one procedure: one SVG holding both (presentation attributes
 * only, so it looks like the screen anywhere), or a PNG drawn from it at twice the size. Downloads through a
 * temporary link to a blob (the desktop shell shows its save dialog).
 */
const GAP = 24;

export function combinedSvg(parts: SVGSVGElement[]): { text: string; width: number; height: number } {
  let x = 0;
  let height = 0;
  const groups = parts.map((svg) => {
    const w = Number(svg.getAttribute('width'));
    const h = Number(svg.getAttribute('height'));
    const g = `<g transform="translate(${x},0)">${svg.innerHTML}</g>`;
    x += w + GAP;
    height = Math.max(height, h);
    return g;
  });
  const width = Math.max(x - GAP, 1);
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="Noto Sans, Arial, sans-serif"><rect width="${width}" height="${height}" fill="#ffffff"/>${groups.join('')}</svg>`;
  return { text, width, height };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(parts: SVGSVGElement[], fileName: string): void {
  download(new Blob([combinedSvg(parts).text], { type: 'image/svg+xml' }), fileName);
}

export async function pngBlob(parts: SVGSVGElement[], scale = 2): Promise<Blob> {
  const { text, width, height } = combinedSvg(parts);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const g = canvas.getContext('2d')!;
    g.scale(scale, scale);
    g.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(parts: SVGSVGElement[], fileName: string): Promise<void> {
  download(await pngBlob(parts), fileName);
}
