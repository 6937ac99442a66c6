// Sorting and filtering the Documents tab. Names are encrypted on the server, so the list is sorted and
// searched here, after decryption; a case holds documents in the hundreds, not the millions.
import type { DocumentCategory, OpenedDocument } from './api/documents';

export type DocumentSort = 'name' | 'category' | 'size' | 'uploadedBy' | 'uploadedAt';
export type SortDirection = 'asc' | 'desc';
export type DocumentFilter = { category: DocumentCategory | ''; text: string };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const keyOf: Record<DocumentSort, (d: OpenedDocument) => string | number> = {
  name: (d) => d.metadata?.name ?? '',
  category: (d) => d.category,
  size: (d) => d.current.size,
  uploadedBy: (d) => d.current.uploadedByName,
  uploadedAt: (d) => d.current.uploadedAt,
};

export function arrange(documents: OpenedDocument[], sort: DocumentSort, direction: SortDirection, filter: DocumentFilter): OpenedDocument[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const sign = direction === 'asc' ? 1 : -1;
  return documents
    .filter((d) => !filter.category || d.category === filter.category)
    .filter((d) => !text || `${d.metadata?.name ?? ''} ${d.metadata?.description ?? ''}`.toLocaleLowerCase().includes(text))
    .sort((a, b) => {
      const x = keyOf[sort](a);
      const y = keyOf[sort](b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * (order || collator.compare(a.id, b.id));
    });
}

/** 1,234,567 bytes as "1.2 MB": decimal units, as operating systems show file sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** What the browser can show without downloading. */
export type PreviewKind = 'image' | 'pdf' | 'text' | null;

export function previewKind(contentType: string): PreviewKind {
  if (/^image\/(png|jpeg|gif|webp|bmp|avif)$/.test(contentType)) return 'image';
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('text/') || contentType === 'application/json') return 'text';
  return null;
}
