/**
 * The page's side of one list being imported: a worker (list-worker.ts) that reads what the user
 * gave — an .xlsx (read by the host, which has exceljs, then handed to the worker), an .xls or
 * WPS .et, CSV/TSV in any encoding Excel writes, or a pasted table — keeps its rows, and answers
 * the preview and the confirm. The page only ever holds each sheet's first rows and a digest of
 * the preview, so nothing of a large list's size runs on its thread.
 */
import type { ImportOutcome, ListHead, PreviewDigest, PreviewRequest } from '../../../shared/people/import-session';
import type { ReadListProblem } from '../../../shared/people/read-list';
import { call } from '../bridge';
import type { ReadRequest, WorkerReply, WorkerRequest } from './list-worker';

export interface Source extends ListHead {
  label: string;
}

export type SourceError = { code: ReadListProblem | 'notXlsx' } | { code: 'failed'; message: string };

type Answer = Exclude<WorkerReply, { progress: number } | { part: unknown }>;
type Part = Extract<WorkerReply, { part: unknown }>['part'];

export class ListSession {
  private readonly worker = new Worker(new URL('./list-worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { settle(answer: Answer): void; onProgress?(fraction: number): void; parts?: Part[] }
  >();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      if ('progress' in reply) return waiter?.onProgress?.(reply.progress);
      if ('part' in reply) return void waiter?.parts?.push(reply.part);
      this.waiting.delete(reply.id);
      waiter?.settle(reply);
    };
    this.worker.onerror = (event) => this.failAll(event.message);
  }

  private ask(request: WorkerRequest, onProgress?: (fraction: number) => void, parts?: Part[]): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((settle) => {
      this.waiting.set(id, { settle, ...(onProgress ? { onProgress } : {}), ...(parts ? { parts } : {}) });
      this.worker.postMessage({ id, request });
    });
  }

  private failAll(message: string) {
    for (const [id, waiter] of this.waiting) waiter.settle({ id, failed: message });
    this.waiting.clear();
  }

  /** `onProgress` hears the share read (0–1), or null while the share cannot be known (the host reading an .xlsx). */
  async read(request: ReadRequest, label: string, onProgress: (fraction: number | null) => void): Promise<Source | SourceError> {
    let answer = await this.ask({ read: request }, onProgress);
    if ('xlsx' in answer) {
      onProgress(null);
      try {
        const { sheets, problem } = await call('people.readXlsx', { fileName: label, data: answer.xlsx });
        if (problem) return { code: problem };
        answer = await this.ask({ workbook: { format: 'Excel (.xlsx)', sheets } });
      } catch (e) {
        return { code: 'failed', message: (e as Error).message };
      }
    }
    if ('head' in answer) return { ...answer.head, label };
    if ('problem' in answer) return { code: answer.problem };
    return { code: 'failed', message: 'failed' in answer ? answer.failed : 'unexpected reply' };
  }

  async preview(request: PreviewRequest): Promise<PreviewDigest> {
    const answer = await this.ask({ preview: request });
    if ('digest' in answer) return answer.digest;
    throw new Error('failed' in answer ? answer.failed : 'unexpected reply');
  }

  /** The people come in parts, each message its own task, so a long list never holds the page for one long one. */
  async confirm(request: PreviewRequest): Promise<ImportOutcome> {
    const parts: Part[] = [];
    const answer = await this.ask({ confirm: request }, undefined, parts);
    if ('outcome' in answer) {
      const changes = { add: parts.flatMap((p) => p.add ?? []), update: parts.flatMap((p) => p.update ?? []) };
      return { ...answer.outcome, changes };
    }
    throw new Error('failed' in answer ? answer.failed : 'unexpected reply');
  }

  /** Stops the worker (the wizard was closed, or another list is being read). */
  close(): void {
    this.worker.terminate();
    this.failAll('closed');
  }
}

export function isSourceError(x: Source | SourceError): x is SourceError {
  return 'code' in x;
}
