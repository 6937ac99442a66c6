import { describe, expect, it } from 'vitest';
import type { OpenedDocument } from './api/documents';
import { arrange, formatSize, previewKind } from './document-list';

function doc(id: string, name: string, category: OpenedDocument['category'], size: number, by: string, at: string): OpenedDocument {
  return {
    id,
    category,
    version: 0,
    createdBy: by,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    versions: 1,
    current: { id, number: 1, contentType: 'application/pdf', size, ciphertextSize: size + 56, uploadedBy: by, uploadedByName: by, uploadedAt: at, metadata: '', key: '' },
    metadata: { name, description: id === 'b' ? 'knee MRI' : '', lastModified: 0, probe: '' },
    problem: null,
  };
}

const docs = [
  doc('a', 'report 10.pdf', 'MEDICAL_RECORDS', 5000, 'Zoe', '2026-01-02T00:00:00Z'),
  doc('b', 'Scan.png', 'IMAGING', 200, 'Adam', '2026-01-03T00:00:00Z'),
  doc('c', 'report 9.pdf', 'MEDICAL_RECORDS', 90_000, 'Adam', '2026-01-01T00:00:00Z'),
];
const all = { category: '' as const, text: '' };

describe('the documents list', () => {
  it('sorts names as people read them, numbers included, either way', () => {
    expect(arrange(docs, 'name', 'asc', all).map((d) => d.id)).toEqual(['c', 'a', 'b']);
    expect(arrange(docs, 'name', 'desc', all).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });

  it('sorts by size, uploader and date', () => {
    expect(arrange(docs, 'size', 'asc', all).map((d) => d.id)).toEqual(['b', 'a', 'c']);
    expect(arrange(docs, 'uploadedBy', 'asc', all).map((d) => d.id)).toEqual(['b', 'c', 'a']);
    expect(arrange(docs, 'uploadedAt', 'desc', all).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });

  it('filters by category and by words of the name or description', () => {
    expect(arrange(docs, 'name', 'asc', { category: 'IMAGING', text: '' }).map((d) => d.id)).toEqual(['b']);
    expect(arrange(docs, 'name', 'asc', { category: '', text: 'MRI' }).map((d) => d.id)).toEqual(['b']);
    expect(arrange(docs, 'name', 'asc', { category: 'MEDICAL_RECORDS', text: 'report 1' }).map((d) => d.id)).toEqual(['a']);
  });

  it('writes sizes in decimal units and knows what it can preview', () => {
    expect([formatSize(999), formatSize(1234), formatSize(1_234_567), formatSize(10_737_418_240)]).toEqual(['999 B', '1.2 kB', '1.2 MB', '10.7 GB']);
    expect([previewKind('image/png'), previewKind('application/pdf'), previewKind('text/plain'), previewKind('image/svg+xml')]).toEqual([
      'image',
      'pdf',
      'text',
      null,
    ]);
  });
});
