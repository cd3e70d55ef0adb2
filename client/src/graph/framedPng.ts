/**
 * A PNG of the graph that stands alone: what it shows (title), how to read it (legend), where it comes from (the
 * source documents), when it was made, and what is inferred — drawn around Cytoscape's own picture of the whole
 * graph on one canvas, at twice the screen resolution.
 */
import type { Core } from 'cytoscape';
import { downloadBlob } from '../ui/download';
import { CJK_FONT } from './styles';

export type LegendEntry =
  | { kind: 'box'; label: string; fill: string; border: string; dashed?: boolean }
  | { kind: 'line'; label: string; color: string; dashed?: boolean };

export interface ExportFrame {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  /** One line per source document. */
  sources: string[];
  /** Inferred clauses, what scores mean … */
  notes: string[];
  /** Date and origin. */
  footer: string;
}

const SCALE = 2;
const MARGIN = 24 * SCALE;
const MIN_WIDTH = 900 * SCALE;
const FONTS = {
  title: `bold ${20 * SCALE}px ${CJK_FONT}`,
  heading: `bold ${13 * SCALE}px ${CJK_FONT}`,
  text: `${13 * SCALE}px ${CJK_FONT}`,
  small: `${12 * SCALE}px ${CJK_FONT}`,
};
const LINE = 1.45;

interface Block {
  font: string;
  color: string;
  lines: string[];
}

export async function exportFramedPng(cy: Core, frame: ExportFrame, fileName: string): Promise<void> {
  // The selection is the user's state on screen, not part of the picture.
  const selected = cy.$(':selected');
  selected.unselect();
  const picture = cy.png({ output: 'blob', full: true, scale: SCALE, bg: '#ffffff' });
  selected.select();
  const graph = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the export (no 2D canvas).');
  const width = Math.max(graph.width + 2 * MARGIN, MIN_WIDTH);
  const inner = width - 2 * MARGIN;
  const head = [
    block(ctx, FONTS.title, '#111827', frame.title, inner),
    block(ctx, FONTS.text, '#4b5563', frame.subtitle, inner),
  ];
  const tail = [
    block(ctx, FONTS.heading, '#111827', 'Source documents 来源文件', inner),
    ...frame.sources.map((s) => block(ctx, FONTS.small, '#1f2937', `• ${s}`, inner)),
    ...frame.notes.map((n) => block(ctx, FONTS.small, '#1f2937', n, inner)),
    block(ctx, FONTS.small, '#6b7280', frame.footer, inner),
  ];
  const legendHeight = 22 * SCALE;
  canvas.width = width;
  canvas.height = MARGIN + height(head) + legendHeight + graph.height + MARGIN / 2 + height(tail) + MARGIN;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let y = drawBlocks(ctx, head, MARGIN, MARGIN);
  drawLegend(ctx, frame.legend, MARGIN, y + legendHeight / 2);
  y += legendHeight;
  ctx.drawImage(graph, MARGIN + (inner - graph.width) / 2, y);
  y += graph.height + MARGIN / 2;
  drawBlocks(ctx, tail, MARGIN, y);
  const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!png) throw new Error('The browser could not encode the PNG.');
  downloadBlob(png, fileName);
}

function lineHeight(font: string): number {
  return Number(/(\d+)px/.exec(font)?.[1] ?? 12) * LINE;
}

function height(blocks: readonly Block[]): number {
  return blocks.reduce((sum, b) => sum + b.lines.length * lineHeight(b.font), 0);
}

/**
 * Text broken into lines no wider than `width`: between any two Chinese characters, but a Latin word moves to the
 * next line whole.
 */
function block(ctx: CanvasRenderingContext2D, font: string, color: string, text: string, width: number): Block {
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (!line || ctx.measureText(line + char).width <= width) {
      line += char;
      continue;
    }
    const space = /[A-Za-z]/.test(char) ? line.lastIndexOf(' ') : -1;
    const cut = space > line.length / 2 ? space : line.length;
    lines.push(line.slice(0, cut));
    line = (line.slice(cut) + char).trimStart();
  }
  if (line) lines.push(line);
  return { font, color, lines };
}

function drawBlocks(ctx: CanvasRenderingContext2D, blocks: readonly Block[], x: number, top: number): number {
  let y = top;
  ctx.textBaseline = 'top';
  for (const b of blocks) {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const line of b.lines) {
      ctx.fillText(line, x, y);
      y += lineHeight(b.font);
    }
  }
  return y;
}

/** The legend in one row: a swatch (box or line) and its label per entry. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  left: number,
  middle: number,
): void {
  ctx.font = FONTS.small;
  ctx.textBaseline = 'middle';
  let x = left;
  for (const entry of entries) {
    ctx.setLineDash(entry.dashed ? [4 * SCALE, 3 * SCALE] : []);
    ctx.lineWidth = 1.5 * SCALE;
    if (entry.kind === 'box') {
      ctx.fillStyle = entry.fill;
      ctx.strokeStyle = entry.border;
      ctx.fillRect(x, middle - 6 * SCALE, 18 * SCALE, 12 * SCALE);
      ctx.strokeRect(x, middle - 6 * SCALE, 18 * SCALE, 12 * SCALE);
    } else {
      ctx.strokeStyle = entry.color;
      ctx.lineWidth = 3 * SCALE;
      ctx.beginPath();
      ctx.moveTo(x, middle);
      ctx.lineTo(x + 22 * SCALE, middle);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    x += 26 * SCALE;
    ctx.fillStyle = '#374151';
    ctx.fillText(entry.label, x, middle);
    x += ctx.measureText(entry.label).width + 18 * SCALE;
  }
}
