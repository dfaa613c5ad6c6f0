/**
 * For tests: reads back what renderPdf wrote. A small PDF reader for PDFKit's output (not for
 * arbitrary PDFs): objects, FlateDecode streams (node:zlib), the text operators of the page
 * content (Tm, Td, Tj, TJ) in the standard fonts' Windows-1252 encoding, the document info, the
 * catalog's language and tagging flags, and the structure types.
 */
import { inflateSync } from 'node:zlib';

export interface PdfReadout {
  /** Per page, its lines of text (text shown at the same height joined by a space). */
  pages: string[][];
  info: Record<string, string>;
  lang: string | undefined;
  /** MarkInfo /Marked true: a tagged PDF. */
  tagged: boolean;
  displayDocTitle: boolean;
  /** The /S of every structure element, in file order (H1, P, Table, TR, TH, TD, L, LI …). */
  structureTypes: string[];
  /** All text of all pages, lines joined by "\n". */
  text: string;
}

interface PdfObject {
  dict: string;
  stream: Buffer | undefined;
}

export function readPdf(pdf: Buffer): PdfReadout {
  const objects = parseObjects(pdf);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(pdf.toString('latin1'))?.[1] ?? '';
  const info: Record<string, string> = {};
  const infoRef = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  if (infoRef) {
    const dict = objects.get(Number(infoRef))?.dict ?? '';
    const STRING = /^\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/;
    for (const match of dict.matchAll(/\/(\w+)\s*(\d+) 0 R/g)) {
      const token = STRING.exec(objects.get(Number(match[2]))?.dict ?? '')?.[1];
      if (token) info[match[1]!] = decodeTextString(token);
    }
    for (const match of dict.matchAll(/\/(\w+)\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) info[match[1]!] = decodeTextString(match[2]!);
  }
  const rootRef = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  const catalog = objects.get(Number(rootRef))?.dict ?? '';
  const langToken = /\/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/.exec(catalog)?.[1];
  const markInfo = refOrInline(objects, catalog, 'MarkInfo');
  const viewer = refOrInline(objects, catalog, 'ViewerPreferences');

  const pagesRef = /\/Pages (\d+) 0 R/.exec(catalog)?.[1];
  const kids = [.../\/Kids\s*\[([^\]]*)\]/.exec(objects.get(Number(pagesRef))?.dict ?? '')?.[1]?.matchAll(/(\d+) 0 R/g) ?? []].map((m) => Number(m[1]));
  const pages = kids.map((kid) => {
    const page = objects.get(kid)?.dict ?? '';
    const contents = /\/Contents\s*(\d+) 0 R/.exec(page)?.[1];
    const stream = objects.get(Number(contents))?.stream;
    return stream ? textLines(stream.toString('latin1')) : [];
  });
  const structureTypes = [...objects.values()]
    .filter((o) => /\/S \/\w+/.test(o.dict) && /\/P \d+ 0 R/.test(o.dict))
    .map((o) => /\/S \/(\w+)/.exec(o.dict)![1]!);
  return {
    pages, info, structureTypes,
    lang: langToken ? decodeTextString(langToken) : undefined,
    tagged: /\/Marked true/.test(markInfo),
    displayDocTitle: /\/DisplayDocTitle true/.test(viewer),
    text: pages.map((p) => p.join('\n')).join('\n'),
  };
}

function refOrInline(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  if (ref) return objects.get(Number(ref))?.dict ?? '';
  return new RegExp(`/${key}\\s*<<([\\s\\S]*?)>>`).exec(dict)?.[1] ?? '';
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = header.lastIndex;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt && !text.slice(start, streamAt).includes('endstream')) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      let data = pdf.subarray(dataStart, dataStart + length);
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      objects.set(Number(match[1]), { dict, stream: Buffer.from(data) });
      header.lastIndex = text.indexOf('endobj', dataStart + length) + 6;
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, endAt), stream: undefined });
      header.lastIndex = endAt + 6;
    }
  }
  return objects;
}

/** PDF text string: literal with escapes or hex, PDFDocEncoding/Latin-1 or UTF-16BE with BOM. */
function decodeTextString(token: string): string {
  const bytes = token.startsWith('<') ? hexBytes(token.slice(1, -1)) : literalBytes(token.slice(1, -1));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return decodeWinAnsi(bytes);
}

function hexBytes(hex: string): Buffer {
  const clean = hex.replace(/\s+/g, '');
  return Buffer.from(clean.length % 2 ? `${clean}0` : clean, 'hex');
}

function literalBytes(body: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in simple) out.push(simple[next]!);
    else if (/[0-7]/.test(next)) {
      let octal = next;
      while (octal.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) octal += body[++i];
      out.push(parseInt(octal, 8) & 0xff);
    } else if (next === '\n' || next === '\r') {
      if (next === '\r' && body[i + 1] === '\n') i++;
    } else out.push(next.charCodeAt(0) & 0xff);
  }
  return Buffer.from(out);
}

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ',
  0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›',
  0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeWinAnsi(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += WIN_ANSI_HIGH[b] ?? String.fromCharCode(b);
  return out;
}

type Token = { kind: 'string'; bytes: Buffer } | { kind: 'number'; value: number } | { kind: 'op'; value: string } | { kind: 'array'; items: Token[] } | { kind: 'other' };

/** The text of one content stream, as lines (top to bottom in writing order). */
function textLines(content: string): string[] {
  const lines: string[] = [];
  let currentY: number | undefined;
  let current = '';
  let operands: Token[] = [];
  let lineY = 0;
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const show = (text: string) => {
    if (currentY !== undefined && Math.abs(currentY - lineY) < 0.5) current += current && !current.endsWith(' ') && !text.startsWith(' ') ? ` ${text}` : text;
    else {
      flush();
      current = text;
      currentY = lineY;
    }
  };
  for (const token of tokenize(content)) {
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    const numbers = operands.filter((t): t is { kind: 'number'; value: number } => t.kind === 'number').map((t) => t.value);
    switch (token.value) {
      case 'Tm': lineY = numbers[5] ?? lineY; break;
      case 'Td': case 'TD': lineY += numbers[1] ?? 0; break;
      case 'Tj': {
        const s = operands.find((t) => t.kind === 'string');
        if (s && s.kind === 'string') show(decodeWinAnsi(s.bytes));
        break;
      }
      case 'TJ': {
        const array = operands.find((t) => t.kind === 'array');
        if (array && array.kind === 'array') {
          // Large negative kerning (≥ a quarter em) stands for a space.
          show(array.items.map((t) => (t.kind === 'string' ? decodeWinAnsi(t.bytes) : t.kind === 'number' && t.value < -250 ? ' ' : '')).join(''));
        }
        break;
      }
      default: break;
    }
    operands = [];
  }
  flush();
  return lines;
}

function* tokenize(content: string): Generator<Token> {
  let i = 0;
  const stack: Token[][] = [];
  const emit = function* (token: Token): Generator<Token> {
    if (stack.length) stack[stack.length - 1]!.push(token);
    else yield token;
  };
  while (i < content.length) {
    const c = content[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '%') { while (i < content.length && content[i] !== '\n') i++; continue; }
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      let body = '';
      while (j < content.length && depth > 0) {
        const d = content[j]!;
        if (d === '\\') { body += d + content[j + 1]; j += 2; continue; }
        if (d === '(') depth++;
        if (d === ')') depth--;
        if (depth > 0) body += d;
        j++;
      }
      i = j;
      yield* emit({ kind: 'string', bytes: literalBytes(body) });
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      // A dictionary (marked-content properties): skip it whole.
      let depth = 0;
      while (i < content.length) {
        if (content.startsWith('<<', i)) { depth++; i += 2; continue; }
        if (content.startsWith('>>', i)) { depth--; i += 2; if (depth === 0) break; continue; }
        i++;
      }
      yield* emit({ kind: 'other' });
      continue;
    }
    if (c === '<') {
      const end = content.indexOf('>', i);
      yield* emit({ kind: 'string', bytes: hexBytes(content.slice(i + 1, end)) });
      i = end + 1;
      continue;
    }
    if (c === '[') { stack.push([]); i++; continue; }
    if (c === ']') {
      const items = stack.pop() ?? [];
      i++;
      yield* emit({ kind: 'array', items });
      continue;
    }
    const word = /^[^\s()<>[\]{}/%]+|^\/[^\s()<>[\]{}/%]*/.exec(content.slice(i, i + 200))?.[0] ?? c;
    i += word.length;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield* emit({ kind: 'number', value: Number(word) });
    else if (word.startsWith('/')) yield* emit({ kind: 'other' });
    else yield* emit({ kind: 'op', value: word });
  }
}
