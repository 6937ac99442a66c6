import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildReport, wrapText, type ReportInput } from './report';

const measure = (line: string) => line.length;

const INPUT: ReportInput = {
  caseName: 'Chest pain review',
  caseReference: 'C-000042',
  organization: 'St. Mary Hospital',
  providerName: 'Dr Ada Byron',
  patient: { fullName: 'Maria Keller', dateOfBirth: '1961-07-02', reference: 'P-7' },
  clinicalQuestion: 'Is a coronary angiography indicated now?',
  submittedAt: '2026-12-01T10:00:00Z',
  content: {
    summary: 'Stable angina, low risk. '.repeat(400),
    impression: 'CCS class II; LDL 4.9 mmol/l ≥ target',
    recommendations: 'Start a statin.\nRepeat the stress test in six months.',
    references: '',
    attachments: [],
  },
  attachmentNames: ['Stress ECG.pdf'],
  generatedAt: new Date('2026-12-02T08:30:00Z'),
};

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps paragraphs and empty lines', () => {
    expect(wrapText('one two three four\n\nfive', 9, measure)).toEqual(['one two', 'three', 'four', '', 'five']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('buildReport', () => {
  it('writes a PDF that runs over as many pages as the text needs', async () => {
    const bytes = await buildReport(INPUT);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const read = await PDFDocument.load(bytes);
    expect(read.getPageCount()).toBeGreaterThan(1);
    expect(read.getTitle()).toBe('Medical second opinion C-000042');
  });

  it('replaces characters the standard font cannot show instead of failing', async () => {
    const bytes = await buildReport({ ...INPUT, content: { ...INPUT.content, summary: 'Ψ 肺 🫀 ok' } });
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
