// The recommendation report as a PDF, built in this browser from the decrypted text: the server never
// sees the text, so it cannot render the report. pdf-lib needs no eval (the CSP forbids it) and its
// standard fonts need no download; it does not wrap text, so lines are measured and broken here.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { RecommendationContent } from './api/recommendation';

export type ReportInput = {
  caseName: string;
  caseReference: string;
  organization: string;
  providerName: string;
  patient: { fullName: string; dateOfBirth: string | null; reference: string | null } | null;
  clinicalQuestion: string | null;
  submittedAt: string;
  content: RecommendationContent;
  /** Names of the attached documents, as this browser decrypted them. */
  attachmentNames: string[];
  generatedAt: Date;
};

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const BODY_SIZE = 10.5;
const LINE = 1.4;

/** Breaks text into lines no wider than `width` as `measure` tells; words longer than a line are cut. */
export function wrapText(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** The standard fonts encode WinAnsi only: anything else is shown as "?" rather than failing the report. */
function printable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text, (c) => (c === '\n' || supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y = PAGE.height - MARGIN;

  constructor(
    private readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = document.addPage([PAGE.width, PAGE.height]);
  }

  text(text: string, { size = BODY_SIZE, bold = false, gray = false } = {}) {
    const font = bold ? this.bold : this.regular;
    const width = PAGE.width - 2 * MARGIN;
    for (const line of wrapText(printable(font, text), width, (l) => font.widthOfTextAtSize(l, size))) {
      if (this.y - size < MARGIN) {
        this.page = this.document.addPage([PAGE.width, PAGE.height]);
        this.y = PAGE.height - MARGIN;
      }
      this.y -= size;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color: gray ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0) });
      this.y -= size * (LINE - 1);
    }
  }

  gap(points = BODY_SIZE) {
    this.y -= points;
  }

  section(title: string, body: string) {
    if (!body.trim()) return;
    this.gap();
    this.text(title, { size: 13, bold: true });
    this.gap(4);
    this.text(body);
  }
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric' });

export async function buildReport(input: ReportInput): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(`Medical second opinion ${input.caseReference}`);
  document.setCreator('Consilium');
  document.setCreationDate(input.generatedAt);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const out = new Writer(document, regular, bold);

  out.text('Medical second opinion', { size: 20, bold: true });
  out.gap(6);
  out.text(`${input.caseName} (${input.caseReference})`, { size: 13 });
  out.gap(6);
  out.text(`Requested by: ${input.organization}`);
  out.text(`Provider: ${input.providerName}`);
  out.text(`Submitted: ${day(input.submittedAt)}`);
  if (input.patient) {
    const born = input.patient.dateOfBirth ? `, born ${input.patient.dateOfBirth}` : '';
    const reference = input.patient.reference ? ` (${input.patient.reference})` : '';
    out.text(`Patient: ${input.patient.fullName}${born}${reference}`);
  }
  if (input.clinicalQuestion) out.section('Clinical question', input.clinicalQuestion);
  out.section('Summary', input.content.summary);
  out.section('Diagnosis / impression', input.content.impression);
  out.section('Recommendations', input.content.recommendations);
  out.section('References', input.content.references);
  if (input.attachmentNames.length) out.section('Attachments', input.attachmentNames.map((name) => `- ${name}`).join('\n'));
  out.gap(2 * BODY_SIZE);
  out.text(`Generated ${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC from the end-to-end encrypted case. Confidential.`, {
    size: 8.5,
    gray: true,
  });

  const pages = document.getPages();
  pages.forEach((page, index) =>
    page.drawText(`${input.caseReference} - page ${index + 1} of ${pages.length}`, {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    }),
  );
  return document.save();
}

/** Hands the report to the browser as a download; a few pages fit in memory easily. */
export function saveReport(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: name });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
