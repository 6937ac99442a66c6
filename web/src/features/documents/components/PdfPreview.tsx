import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/Button';

type PdfDocument = import('pdfjs-dist').PDFDocumentProxy;

let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;

/** pdf.js, loaded the first time a PDF is shown, with its worker as a file of its own (worker-src 'self'). */
function loadPdfJs() {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), {
      type: 'module',
      name: 'consilium-pdf',
    });
    return lib;
  });
  return pdfjs;
}

/** A decrypted PDF drawn page by page on a canvas: nothing of it is sent anywhere. */
export function PdfPreview({ data, name }: { data: Blob; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: { destroy(): Promise<void> } | null = null;
    (async () => {
      const lib = await loadPdfJs();
      const bytes = new Uint8Array(await data.arrayBuffer());
      // Closed while pdf.js or the bytes were on their way: nothing may hand the decrypted PDF to its worker.
      if (cancelled) return;
      const loading = lib.getDocument({ data: bytes });
      task = loading;
      const loaded = await loading.promise;
      if (!cancelled) setPdf(loaded);
    })().catch(() => !cancelled && setError('This PDF cannot be shown. Download it to open it in another program.'));
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [data]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void pdf.getPage(page).then((p) => {
      const viewport = p.getViewport({ scale: 1.25 });
      const target = canvas.current!;
      target.width = viewport.width;
      target.height = viewport.height;
      task = p.render({ canvas: target, viewport });
      return task.promise;
    }).catch(() => undefined);
    return () => task?.cancel();
  }, [pdf, page]);

  if (error) return <p className="form-error">{error}</p>;
  return (
    <div className="pdf-preview">
      {pdf && (
        <div className="pdf-pages">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous page</Button>
          <span role="status">Page {page} of {pdf.numPages}</span>
          <Button variant="secondary" disabled={page >= pdf.numPages} onClick={() => setPage(page + 1)}>Next page</Button>
        </div>
      )}
      <canvas ref={canvas} aria-label={`${name}, page ${page}`} data-testid="pdf-page" />
    </div>
  );
}
