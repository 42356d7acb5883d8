import { Alert, Button, Flex, InputNumber, Space, Spin, Typography } from 'antd';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = workerUrl;

const base64ToBytes = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));

/**
 * The exported PDF itself, page by page (pdf.js draws each page on a canvas), so what the
 * office previews is exactly what goes to the printer: cover, 目录 with its numbers, headers.
 */
export function PreviewPages({ pdfBase64 }: { pdfBase64: string }) {
  const [doc, setDoc] = useState<PDFDocumentProxy>();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string>();
  const [drawing, setDrawing] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const task = getDocument({ data: base64ToBytes(pdfBase64), isEvalSupported: false });
    let loaded: PDFDocumentProxy | undefined;
    task.promise
      .then((d) => {
        loaded = d;
        setDoc(d);
        setPage(1);
      })
      .catch((e: unknown) => setError(String(e)));
    return () => {
      void task.destroy();
      void loaded?.destroy();
    };
  }, [pdfBase64]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let cancelled = false;
    const target = canvas.current;
    setDrawing(true);
    void doc.getPage(page).then(async (p) => {
      if (cancelled) return;
      // The whole page fits the window (1366×768 laptops included), drawn sharp for the screen's pixel density.
      const natural = p.getViewport({ scale: 1 });
      const fit = Math.min((window.innerHeight - 230) / natural.height, 820 / natural.width);
      const dpr = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: fit * dpr * 1.5 });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${natural.width * fit}px`;
      target.removeAttribute('data-drawn');
      await p.render({ canvas: target, viewport }).promise.catch(() => undefined);
      if (!cancelled) {
        target.dataset.drawn = String(page);
        setDrawing(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [doc, page]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!doc || (e.target as HTMLElement).closest('input, textarea')) return;
      if (e.key === 'PageDown' || e.key === 'ArrowRight') setPage((n) => Math.min(doc.numPages, n + 1));
      if (e.key === 'PageUp' || e.key === 'ArrowLeft') setPage((n) => Math.max(1, n - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc]);

  if (error) return <Alert type="error" message={`预览失败：${error}`} />;
  if (!doc) return <Spin />;
  return (
    <Flex vertical align="center" gap={8} className="preview-pages">
      <Space>
        <Button onClick={() => setPage(1)} disabled={page === 1}>
          首页
        </Button>
        <Button onClick={() => setPage((n) => n - 1)} disabled={page === 1} aria-label="上一页">
          上一页
        </Button>
        <Typography.Text>
          第{' '}
          <InputNumber
            size="small"
            min={1}
            max={doc.numPages}
            value={page}
            aria-label="页码"
            onChange={(v) => v && setPage(Math.min(doc.numPages, Math.max(1, v)))}
            style={{ width: 64 }}
          />{' '}
          页 / 共 <span className="preview-total">{doc.numPages}</span> 页
        </Typography.Text>
        <Button onClick={() => setPage((n) => n + 1)} disabled={page === doc.numPages} aria-label="下一页">
          下一页
        </Button>
      </Space>
      <Spin spinning={drawing}>
        <canvas ref={canvas} className="preview-canvas" aria-label={`预览第 ${page} 页`} />
      </Spin>
    </Flex>
  );
}
