/**
 * What the user gave the import wizard, as sheets of text rows: an .xlsx (read by the host,
 * which has exceljs), an .xls or WPS .et, a CSV/TSV file in any encoding Excel writes, or a
 * table pasted from Excel. Reading runs in a worker (read-worker.ts), never on the page's thread.
 */
import { workbookList, type ReadList, type ReadListProblem } from '../../../shared/people/read-list';
import { call } from '../bridge';
import type { ReadReply, ReadRequest } from './read-worker';

export interface Source extends ReadList {
  label: string;
}

export type SourceError = { code: ReadListProblem | 'notXlsx' } | { code: 'failed'; message: string };

export interface Reading {
  result: Promise<Source | SourceError>;
  /** Stops the worker (the wizard was closed while reading). */
  cancel(): void;
}

/** `onProgress` hears the share read (0–1), or null while the share cannot be known (a workbook). */
export function readSource(request: ReadRequest, label: string, onProgress: (fraction: number | null) => void): Reading {
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: Source | SourceError) => void = () => undefined;
  const result = new Promise<Source | SourceError>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<ReadReply>) => {
    const reply = event.data;
    if ('progress' in reply) return onProgress(reply.progress);
    worker.terminate();
    if ('failed' in reply) settle({ code: 'failed', message: reply.failed });
    else if ('xlsx' in reply) {
      onProgress(null);
      void readXlsxOnHost(reply.xlsx, label).then(settle);
    } else settle('problem' in reply.done ? { code: reply.done.problem } : { ...reply.done, label });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ code: 'failed', message: event.message });
  };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}

async function readXlsxOnHost(data: string, label: string): Promise<Source | SourceError> {
  try {
    const { sheets, problem } = await call('people.readXlsx', { fileName: label, data });
    if (problem) return { code: problem };
    const list = workbookList('Excel (.xlsx)', sheets);
    return 'problem' in list ? { code: list.problem } : { ...list, label };
  } catch (e) {
    return { code: 'failed', message: (e as Error).message };
  }
}

export function isSourceError(x: Source | SourceError): x is SourceError {
  return 'code' in x;
}
