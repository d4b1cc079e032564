'use client';

import { useRef, useState } from 'react';
import { frameDecoder, PROGRESS_MEDIA_TYPE } from '@/lib/report/progress-frames';
import { CLAIM_COUNT_HEADER, REPORT_FORMATS, type ReportFormat } from '@/lib/report/formats';

export type DownloadState =
  | { status: 'idle' }
  | { status: 'running'; total: number; claims: number; bytes: number }
  | { status: 'done'; total: number; bytes: number; name: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can abort the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The export failed (HTTP ${response.status}).`;
}

/**
 * Fetches a report as progress frames, showing the claims written so far against the X-Claim-Count total, then
 * saves it through a Blob link, so a large export shows progress instead of a silent wait.
 */
export function useReportDownload() {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  async function start(href: string, format: ReportFormat) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'running', total: 0, claims: 0, bytes: 0 });
    try {
      const response = await fetch(href, {
        signal: controller.signal,
        headers: { accept: PROGRESS_MEDIA_TYPE },
      });
      if (!response.ok || !response.body) throw new Error(await errorOf(response));
      const total = Number(response.headers.get(CLAIM_COUNT_HEADER)) || 0;
      const decode = frameDecoder();
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let claims = 0;
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        for (const piece of decode(read.value)) {
          chunks.push(piece.bytes as Uint8Array<ArrayBuffer>);
          bytes += piece.bytes.length;
          claims = piece.claims;
        }
        setState({ status: 'running', total, claims: Math.min(total, claims), bytes });
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `claimdesk-report.${REPORT_FORMATS[format].extension}`;
      save(new Blob(chunks, { type: REPORT_FORMATS[format].contentType }), name);
      setState({ status: 'done', total, bytes, name });
    } catch (error) {
      if (controller.signal.aborted) setState({ status: 'cancelled' });
      else
        setState({ status: 'error', message: error instanceof Error ? error.message : 'The export failed.' });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  return { state, start, cancel: () => running.current?.abort() };
}
