import { num, pdfString, textWidth } from './pdf-writer.js';

/*
 * Draws the SVG subset our storyboard frames use (rect, line, ellipse, circle, path with
 * M/L/H/V/C/Q/Z, polygon, polyline, text, g with translate/scale, a rect clipPath) as PDF
 * vector operators. Markers, filters and gradients are left out: a frame stays readable.
 */

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: string;
  fontSize: number;
  bold: boolean;
  anchor: string;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  close: boolean;
  selfClose: boolean;
  text?: string;
}

const tokenize = (svg: string): Tag[] => {
  const tags: Tag[] = [];
  const pattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const match of svg.matchAll(pattern)) {
    if (match[5] !== undefined) {
      const last = tags.at(-1);
      if (last && !last.close && !last.selfClose) last.text = (last.text ?? '') + decode(match[5]);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const attr of (match[3] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[attr[1] as string] = decode(attr[2] ?? attr[3] ?? '');
    tags.push({ name: match[2] as string, attrs, close: match[1] === '/', selfClose: match[4] === '/' });
  }
  return tags;
};

const decode = (text: string): string =>
  text.replace(/&(lt|gt|amp|quot|apos|#x?[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[entity] ?? '';
  });

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000', red: '#ff0000', gray: '#808080', grey: '#808080' };

/** "#rgb" / "#rrggbb" / a few names → "r g b" operands, or null for none. */
const rgb = (color: string): string | null => {
  const value = NAMED[color] ?? color;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => num(parseInt(full.slice(i, i + 2), 16) / 255)).join(' ');
};

const numbers = (text: string): number[] => (text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);

const KAPPA = 0.5523;
const ellipsePath = (cx: number, cy: number, rx: number, ry: number): string => {
  const [kx, ky] = [rx * KAPPA, ry * KAPPA];
  return (
    `${num(cx + rx)} ${num(cy)} m ` +
    `${num(cx + rx)} ${num(cy + ky)} ${num(cx + kx)} ${num(cy + ry)} ${num(cx)} ${num(cy + ry)} c ` +
    `${num(cx - kx)} ${num(cy + ry)} ${num(cx - rx)} ${num(cy + ky)} ${num(cx - rx)} ${num(cy)} c ` +
    `${num(cx - rx)} ${num(cy - ky)} ${num(cx - kx)} ${num(cy - ry)} ${num(cx)} ${num(cy - ry)} c ` +
    `${num(cx + kx)} ${num(cy - ry)} ${num(cx + rx)} ${num(cy - ky)} ${num(cx + rx)} ${num(cy)} c h `
  );
};

/** SVG path data (absolute and relative M L H V C Q Z; arcs as straight lines) → PDF path operators. */
const pathData = (d: string): string => {
  let out = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const segment of d.matchAll(/([MLHVCQZAmlhvcqza])([^MLHVCQZAmlhvcqza]*)/g)) {
    const command = segment[1] as string;
    const args = numbers(segment[2] ?? '');
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    const stride = { M: 2, L: 2, H: 1, V: 1, C: 6, Q: 4, A: 7, Z: 0 }[upper] ?? 0;
    if (upper === 'Z') {
      out += 'h ';
      [x, y] = [startX, startY];
      continue;
    }
    for (let i = 0; i + stride <= args.length; i += stride) {
      const a = args.slice(i, i + stride);
      const ox = relative ? x : 0;
      const oy = relative ? y : 0;
      if (upper === 'M' || upper === 'L') {
        [x, y] = [(a[0] as number) + ox, (a[1] as number) + oy];
        const move = upper === 'M' && i === 0;
        out += `${num(x)} ${num(y)} ${move ? 'm' : 'l'} `;
        if (move) [startX, startY] = [x, y];
      } else if (upper === 'H') {
        x = (a[0] as number) + ox;
        out += `${num(x)} ${num(y)} l `;
      } else if (upper === 'V') {
        y = (a[0] as number) + oy;
        out += `${num(x)} ${num(y)} l `;
      } else if (upper === 'C') {
        const p = a.map((value, index) => value + (index % 2 === 0 ? ox : oy));
        out += `${p.map(num).join(' ')} c `;
        [x, y] = [p[4] as number, p[5] as number];
      } else if (upper === 'Q') {
        const [qx, qy, ex, ey] = [(a[0] as number) + ox, (a[1] as number) + oy, (a[2] as number) + ox, (a[3] as number) + oy];
        out += `${num(x + (2 / 3) * (qx - x))} ${num(y + (2 / 3) * (qy - y))} ${num(ex + (2 / 3) * (qx - ex))} ${num(ey + (2 / 3) * (qy - ey))} ${num(ex)} ${num(ey)} c `;
        [x, y] = [ex, ey];
      } else if (upper === 'A') {
        [x, y] = [(a[5] as number) + ox, (a[6] as number) + oy];
        out += `${num(x)} ${num(y)} l `;
      }
    }
  }
  return out;
};

const transformOp = (transform: string | undefined): string => {
  if (!transform) return '';
  let out = '';
  for (const match of transform.matchAll(/(translate|scale|matrix)\(([^)]*)\)/g)) {
    const args = numbers(match[2] ?? '');
    if (match[1] === 'translate') out += `1 0 0 1 ${num(args[0] ?? 0)} ${num(args[1] ?? 0)} cm `;
    else if (match[1] === 'scale') out += `${num(args[0] ?? 1)} 0 0 ${num(args[1] ?? args[0] ?? 1)} 0 0 cm `;
    else if (args.length === 6) out += `${args.map(num).join(' ')} cm `;
  }
  return out;
};

const paint = (style: Style, geometry: string, fillable: boolean): string => {
  const fill = fillable ? rgb(style.fill) : null;
  const stroke = rgb(style.stroke);
  if (!geometry || (!fill && !stroke)) return '';
  let out = 'q ';
  if (fill) out += `${fill} rg `;
  if (stroke) out += `${stroke} RG ${num(style.strokeWidth)} w ${style.dash ? `[${numbers(style.dash).map(num).join(' ')}] 0 d ` : ''}`;
  return `${out}${geometry}${fill && stroke ? 'B' : fill ? 'f' : 'S'} Q\n`;
};

const attr = (attrs: Record<string, string>, name: string): number => Number(attrs[name] ?? 0) || 0;

/**
 * An SVG document drawn into the box (x, y, width, height) of a PDF page (y from the
 * bottom), scaled to fit its viewBox and centred.
 */
export const svgToPdf = (svg: string, box: { x: number; y: number; width: number; height: number }): string => {
  const tags = tokenize(svg);
  const root = tags.find((tag) => tag.name === 'svg');
  const view = numbers(root?.attrs['viewBox'] ?? `0 0 ${root?.attrs['width'] ?? box.width} ${root?.attrs['height'] ?? box.height}`);
  const [vx, vy, vw, vh] = [view[0] ?? 0, view[1] ?? 0, view[2] || box.width, view[3] || box.height];
  const scale = Math.min(box.width / vw, box.height / vh);
  const ox = box.x + (box.width - vw * scale) / 2;
  const oy = box.y + (box.height + vh * scale) / 2;
  const clips = new Map<string, string>();
  let out = `q ${num(scale)} 0 0 ${num(-scale)} ${num(ox - vx * scale)} ${num(oy + vy * scale)} cm\n`;
  const stack: Style[] = [{ fill: '#000000', stroke: 'none', strokeWidth: 1, dash: '', fontSize: 16, bold: false, anchor: 'start' }];
  const opened: string[] = [];
  let skipDepth = 0;
  let clipId: string | null = null;
  for (const tag of tags) {
    if (tag.close) {
      if (skipDepth > 0) {
        skipDepth -= tag.name === 'defs' || tag.name === 'marker' || tag.name === 'clipPath' ? 1 : 0;
        if (tag.name === 'clipPath') clipId = null;
        continue;
      }
      if (tag.name === 'g' || tag.name === 'svg') {
        stack.pop();
        out += opened.pop() ?? '';
      }
      continue;
    }
    if (tag.name === 'defs' || tag.name === 'marker' || tag.name === 'clipPath') {
      if (!tag.selfClose) skipDepth += 1;
      if (tag.name === 'clipPath') clipId = tag.attrs['id'] ?? null;
      continue;
    }
    if (skipDepth > 0) {
      if (clipId && tag.name === 'rect') clips.set(clipId, `${num(attr(tag.attrs, 'x'))} ${num(attr(tag.attrs, 'y'))} ${num(attr(tag.attrs, 'width'))} ${num(attr(tag.attrs, 'height'))} re W n `);
      continue;
    }
    const parent = stack.at(-1) as Style;
    const a = tag.attrs;
    const style: Style = {
      fill: a['fill'] ?? parent.fill,
      stroke: a['stroke'] ?? parent.stroke,
      strokeWidth: a['stroke-width'] !== undefined ? Number(a['stroke-width']) : parent.strokeWidth,
      dash: a['stroke-dasharray'] !== undefined ? (a['stroke-dasharray'] === 'none' ? '' : a['stroke-dasharray']) : parent.dash,
      fontSize: a['font-size'] !== undefined ? Number(a['font-size']) : parent.fontSize,
      bold: a['font-weight'] !== undefined ? a['font-weight'] === 'bold' || Number(a['font-weight']) >= 600 : parent.bold,
      anchor: a['text-anchor'] ?? parent.anchor,
    };
    const local = transformOp(a['transform']);
    const wrap = (body: string) => (local ? `q ${local}\n${body}Q\n` : body);
    switch (tag.name) {
      case 'svg':
      case 'g': {
        const clip = /url\(#([^)]+)\)/.exec(a['clip-path'] ?? '')?.[1];
        const clipOp = clip ? (clips.get(clip) ?? '') : '';
        if (!tag.selfClose) {
          stack.push(style);
          out += local || clipOp ? `q ${local}${clipOp}\n` : '';
          opened.push(local || clipOp ? 'Q\n' : '');
        }
        break;
      }
      case 'rect':
        out += wrap(paint(style, `${num(attr(a, 'x'))} ${num(attr(a, 'y'))} ${num(attr(a, 'width'))} ${num(attr(a, 'height'))} re `, true));
        break;
      case 'line':
        out += wrap(paint(style, `${num(attr(a, 'x1'))} ${num(attr(a, 'y1'))} m ${num(attr(a, 'x2'))} ${num(attr(a, 'y2'))} l `, false));
        break;
      case 'circle':
        out += wrap(paint(style, ellipsePath(attr(a, 'cx'), attr(a, 'cy'), attr(a, 'r'), attr(a, 'r')), true));
        break;
      case 'ellipse':
        out += wrap(paint(style, ellipsePath(attr(a, 'cx'), attr(a, 'cy'), attr(a, 'rx'), attr(a, 'ry')), true));
        break;
      case 'path':
        out += wrap(paint(style, pathData(a['d'] ?? ''), true));
        break;
      case 'polygon':
      case 'polyline': {
        const points = numbers(a['points'] ?? '');
        // After M's first pair the rest are line-tos, as in SVG.
        const d = points.length >= 2 ? `M${points.join(' ')}${tag.name === 'polygon' ? 'Z' : ''}` : '';
        out += wrap(paint(style, pathData(d), tag.name === 'polygon'));
        break;
      }
      case 'text': {
        const text = (tag.text ?? '').replace(/\s+/g, ' ').trim();
        const fill = rgb(style.fill);
        if (!text || !fill) break;
        const width = textWidth(text, style.fontSize, style.bold);
        const x = attr(a, 'x') - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
        // Text is drawn unflipped inside the flipped frame.
        out += wrap(`BT /${style.bold ? 'F2' : 'F1'} ${num(style.fontSize)} Tf ${fill} rg 1 0 0 -1 ${num(x)} ${num(attr(a, 'y'))} Tm ${pdfString(text)} Tj ET\n`);
        break;
      }
      default:
        break;
    }
  }
  return `${out}Q\n`;
};
