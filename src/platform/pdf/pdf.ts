/**
 * Letters and decisions as accessible PDF (pdfkit): a tagged PDF with the document's language,
 * title (shown by the viewer instead of the file name) and a logical structure of headings,
 * paragraphs, lists and tables, so that screen readers read it in order. Decorations (rules,
 * page numbers) are artifacts. The standard Helvetica font is used (not embedded; every PDF
 * reader has it); it covers Dutch (ë, é, ï, ĳ as "ij"); characters outside its Windows-1252 set
 * are written without their accent (ł → l) rather than as a wrong glyph.
 */
import PDFDocument from 'pdfkit';
import type { Tenant } from '../tenancy/tenants.js';

export interface PdfMunicipality {
  name: string;
  /** #rrggbb; the municipality's brand colour (≥ 4.5:1 on white, see TenantTheme.primary). */
  primaryColor: string;
  address?: string[] | undefined;
}

export interface PdfOptions {
  title: string;
  lang: 'nl' | 'en';
  municipality: PdfMunicipality;
  author?: string | undefined;
  /** Subject metadata (e.g. the case number). */
  subject?: string | undefined;
  /** Fixed creation date: the same input then gives the same bytes (tests, archives). */
  creationDate?: Date | undefined;
  /** Compress page content (default true); tests may switch it off to read the PDF as text. */
  compress?: boolean | undefined;
}

export interface PdfWriter {
  /** Municipality name in its colour, the address lines, and a rule. */
  letterhead(): void;
  /** The addressee (name, street, postcode and place). */
  addressBlock(lines: string[]): void;
  /** Label/value lines such as date, reference and subject. */
  meta(rows: [label: string, value: string][]): void;
  heading(text: string, level?: 1 | 2): void;
  /** A paragraph; a blank line ("\n\n") in the text starts a new paragraph. */
  paragraph(text: string): void;
  /** A two-column table; long values wrap and the table continues on the next page. */
  keyValues(rows: [string, string][]): void;
  /** A bulleted list. */
  list(items: string[]): void;
  /** Closing ("Met vriendelijke groet,"; pass '' for none), name and role of who signs. */
  signature(name: string, role: string, closing?: string): void;
  /** Vertical space, in lines. */
  space(lines?: number): void;
  /** Continues on a new page. */
  pageBreak(): void;
}

/** The letterhead data of a municipality. */
export function municipalityForPdf(tenant: Pick<Tenant, 'name' | 'theme' | 'contact'>): PdfMunicipality {
  const address = tenant.contact.address.split(',').map((line) => line.trim()).filter(Boolean);
  return { name: tenant.name, primaryColor: tenant.theme.primary, address };
}

const LABELS = {
  nl: { page: (n: number, total: number) => `Pagina ${n} van ${total}`, closing: 'Met vriendelijke groet,' },
  en: { page: (n: number, total: number) => `Page ${n} of ${total}`, closing: 'Kind regards,' },
};

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';
const RULE = '#b0b0b0';
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = 10.5;
const LINE_GAP = 2.5;
const MARGINS = { top: 56, bottom: 64, left: 64, right: 64 };

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;

/** Renders a PDF: `build` writes the content with the PdfWriter; page numbers are added last. */
export async function renderPdf(options: PdfOptions, build: (doc: PdfWriter) => void): Promise<Buffer> {
  const labels = LABELS[options.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    tagged: true,
    displayTitle: true,
    lang: options.lang === 'nl' ? 'nl-NL' : 'en-GB',
    pdfVersion: '1.7',
    compress: options.compress ?? true,
    info: {
      Title: winAnsi(options.title),
      Author: winAnsi(options.author ?? options.municipality.name),
      ...(options.subject ? { Subject: winAnsi(options.subject) } : {}),
      Creator: 'Stadhuis',
      Producer: 'Stadhuis (PDFKit)',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new Writer(doc, root, options);
  try {
    build(writer);
  } catch (error) {
    doc.end();
    await finished.catch(() => {});
    throw error;
  }
  root.end();
  addPageNumbers(doc, labels.page);
  doc.end();
  return finished;
}

class Writer implements PdfWriter {
  private readonly colour: string;
  private readonly width: number;
  private readonly left: number;

  constructor(private readonly doc: PDFKit.PDFDocument, private readonly root: StructElement, private readonly options: PdfOptions) {
    this.colour = COLOUR.test(options.municipality.primaryColor) ? options.municipality.primaryColor : '#154273';
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font(FONT).fontSize(SIZE).fillColor(TEXT).lineGap(LINE_GAP);
  }

  letterhead(): void {
    const { doc } = this;
    const m = this.options.municipality;
    this.block('P', () => doc.font(BOLD).fontSize(18).fillColor(this.colour).text(winAnsi(m.name), this.left, doc.y, { width: this.width }));
    if (m.address?.length) {
      this.block('P', () => doc.font(FONT).fontSize(9).fillColor(MUTED).text(m.address!.map(winAnsi).join('\n'), this.left, doc.y + 2, { width: this.width }));
    }
    const y = doc.y + 8;
    this.artifact(() => doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(1.5).strokeColor(this.colour).stroke());
    doc.y = y + 22;
    this.reset();
  }

  addressBlock(lines: string[]): void {
    const { doc } = this;
    const text = lines.map((l) => winAnsi(l)).join('\n');
    this.keepSpace(doc.heightOfString(text, { width: this.width * 0.6 }));
    this.block('P', () => doc.text(text, this.left, doc.y, { width: this.width * 0.6 }));
    doc.y += SIZE * 2;
  }

  meta(rows: [string, string][]): void {
    this.table(rows, { labelWidth: 0.28, rules: false, labelColour: MUTED });
    this.doc.y += SIZE;
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const { doc } = this;
    const size = level === 1 ? 14 : 12;
    doc.font(BOLD).fontSize(size);
    const height = doc.heightOfString(winAnsi(text), { width: this.width });
    // Keep a heading with at least three lines of what follows it.
    this.keepSpace(height + (SIZE + LINE_GAP) * 3);
    doc.y += level === 1 ? 6 : 4;
    this.block(level === 1 ? 'H1' : 'H2', () => doc.font(BOLD).fontSize(size).fillColor(TEXT).text(winAnsi(text), this.left, doc.y, { width: this.width }));
    doc.y += 4;
    this.reset();
  }

  paragraph(text: string): void {
    const { doc } = this;
    for (const part of text.split(/\n\s*\n/)) {
      const value = winAnsi(part.trim());
      if (!value) continue;
      this.keepSpace((SIZE + LINE_GAP) * 2);
      this.block('P', () => doc.text(value, this.left, doc.y, { width: this.width }));
      doc.y += SIZE * 0.8;
    }
  }

  keyValues(rows: [string, string][]): void {
    this.table(rows, { labelWidth: 0.35, rules: true, labelColour: TEXT });
    this.doc.y += SIZE;
  }

  list(items: string[]): void {
    const { doc } = this;
    if (!items.length) return;
    const list = doc.struct('L');
    this.root.add(list);
    this.keepSpace((SIZE + LINE_GAP) * 2);
    doc.list(items.map(winAnsi), this.left + 4, doc.y, { width: this.width - 4, structParent: list, bulletRadius: 2, textIndent: 12, paragraphGap: 3 } as PDFKit.Mixins.TextOptions);
    list.end();
    doc.x = this.left;
    doc.y += SIZE * 0.8;
  }

  signature(name: string, role: string, closing = LABELS[this.options.lang].closing): void {
    const { doc } = this;
    this.keepSpace((SIZE + LINE_GAP) * 6);
    if (closing) {
      this.block('P', () => doc.text(winAnsi(closing), this.left, doc.y, { width: this.width }));
      doc.y += SIZE * 2.5;
    }
    this.block('P', () => {
      doc.font(BOLD).text(winAnsi(name), this.left, doc.y, { width: this.width });
      doc.font(FONT).fillColor(MUTED).text(winAnsi(role), this.left, doc.y, { width: this.width });
    });
    this.reset();
  }

  space(lines = 1): void {
    this.doc.y += (SIZE + LINE_GAP) * lines;
  }

  pageBreak(): void {
    this.doc.addPage();
    this.reset();
  }

  // -----------------------------------------------------------------------------------------

  /** A structure element of the given type around what `draw` writes. */
  private block(type: string, draw: () => void): void {
    const element = this.doc.struct(type, {}, [() => draw()]);
    this.root.add(element);
    element.end();
    this.reset();
  }

  /** Decoration that assistive technology skips. */
  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private reset(): void {
    this.doc.font(FONT).fontSize(SIZE).fillColor(TEXT);
    this.doc.x = this.left;
  }

  /** Starts a new page when less than `height` is left on this one (and it is not empty). */
  private keepSpace(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top + 1) {
      doc.addPage();
      this.reset();
    }
  }

  /**
   * Label/value rows as a tagged table (TH with row scope, TD). A row that does not fit on the
   * page goes to the next; a row taller than a page lets its value flow over the pages.
   */
  private table(rows: [string, string][], style: { labelWidth: number; rules: boolean; labelColour: string }): void {
    const { doc } = this;
    if (!rows.length) return;
    const gap = 12;
    const labelWidth = Math.round(this.width * style.labelWidth);
    const valueX = this.left + labelWidth + gap;
    const valueWidth = this.width - labelWidth - gap;
    const padding = style.rules ? 5 : 1.5;
    const table = doc.struct('Table');
    this.root.add(table);
    for (const [rawLabel, rawValue] of rows) {
      const label = winAnsi(rawLabel);
      const value = winAnsi(rawValue) || ' ';
      doc.font(BOLD).fontSize(SIZE);
      const labelHeight = doc.heightOfString(label, { width: labelWidth });
      doc.font(FONT).fontSize(SIZE);
      const valueHeight = doc.heightOfString(value, { width: valueWidth });
      const height = Math.max(labelHeight, valueHeight) + padding * 2;
      const fresh = doc.page.maxY() - doc.page.margins.top;
      if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top + 1 && height <= fresh) {
        doc.addPage();
      } else if (height > fresh && doc.y + labelHeight + padding * 2 > doc.page.maxY()) {
        doc.addPage();
      }
      const top = doc.y;
      const startPage = doc.page;
      const row = doc.struct('TR');
      table.add(row);
      let labelEnd = top;
      const th = doc.struct('TH', { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions, [() => {
        doc.font(BOLD).fontSize(SIZE).fillColor(style.labelColour).text(label, this.left, top + padding, { width: labelWidth });
        labelEnd = doc.y;
      }]);
      row.add(th);
      th.end();
      let valueEnd = top;
      let endPage = startPage;
      const td = doc.struct('TD', {}, [() => {
        doc.font(FONT).fontSize(SIZE).fillColor(TEXT).text(value, valueX, top + padding, { width: valueWidth });
        valueEnd = doc.y;
        endPage = doc.page;
      }]);
      row.add(td);
      td.end();
      row.end();
      const bottom = (endPage === startPage ? Math.max(labelEnd, valueEnd) : valueEnd) + padding;
      if (style.rules) {
        this.artifact(() => doc.moveTo(this.left, bottom).lineTo(this.left + this.width, bottom).lineWidth(0.5).strokeColor(RULE).stroke());
      }
      doc.y = bottom;
      this.reset();
    }
    table.end();
  }
}

/** "Pagina 1 van 2" on every page, as a pagination artifact. */
function addPageNumbers(doc: PDFKit.PDFDocument, label: (n: number, total: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const page = doc.page;
    const bottomMargin = page.margins.bottom;
    page.margins.bottom = 0; // writing in the margin must not start a new page
    const width = page.width - page.margins.left - page.margins.right;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONT).fontSize(8.5).fillColor(MUTED)
      .text(label(i - range.start + 1, range.count), page.margins.left, page.height - bottomMargin + 22, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    page.margins.bottom = bottomMargin;
  }
}

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the standard fonts can show (Windows-1252): other letters lose their accents (ł → l,
 * ő → o), the Dutch ĳ becomes "ij", other characters become "?"; line ends and tabs stay.
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\n' || char === '\t' || isLatin1Printable(char) || WIN_ANSI_EXTRA.has(char)) {
      out += char;
      continue;
    }
    if (char === '\r') continue;
    const replacement = SPECIAL[char] ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += [...replacement].every(isLatin1Printable) ? replacement : '?';
  }
  return out;
}

function isLatin1Printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}

const SPECIAL: Record<string, string> = {
  'ĳ': 'ij', 'Ĳ': 'IJ', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
  '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u00ad': '', '\u200b': '', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ',
  '\u2032': "'", '\u2033': '"',
};
