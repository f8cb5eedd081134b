/**
 * The import wizard's worker, alive while the wizard is open. It reads the list (decoding, CSV
 * parsing, legacy workbooks by SheetJS) and keeps its rows; the page gets each sheet's first rows
 * to choose the header. Then it builds the preview — validating, ranking and finding seats in
 * every row — and, on confirm, the people to add: all of it off the page's thread, so the canvas
 * and autosave stay responsive whatever the list's size (shared/people/import-session.ts). An
 * .xlsx goes back as base64 for the host to read, and its sheets come back here.
 */
import { newId } from '../../../shared/model/ids';
import {
  importModel,
  importOutcome,
  listHead,
  previewDigest,
  type ImportModel,
  type ImportOutcome,
  type ListHead,
  type PreviewDigest,
  type PreviewRequest,
} from '../../../shared/people/import-session';
import {
  isReadList,
  readListBytes,
  readListText,
  workbookList,
  type ReadList,
  type ReadListProblem,
} from '../../../shared/people/read-list';
import type { SheetRows } from '../../../shared/people/sheet';
import type { ImportChanges } from '../../../shared/people/apply';
import { bytesToBase64 } from './download';

export type ReadRequest = { file: File } | { text: string; label: string };

export type WorkerRequest =
  | { read: ReadRequest }
  /** The sheets the host read from an .xlsx. */
  | { workbook: { format: string; sheets: SheetRows[] } }
  | { preview: PreviewRequest }
  | { confirm: PreviewRequest };

/**
 * Every request is answered once, with the request's id, after any progress reports and, for a
 * confirm, the people to add and update in parts (each part is its own task on the page).
 */
export type WorkerReply = { id: number } & (
  | { progress: number }
  | { part: Partial<ImportChanges> }
  | { head: ListHead }
  | { problem: ReadListProblem }
  | { xlsx: string }
  | { digest: PreviewDigest }
  | { outcome: ImportOutcome }
  | { failed: string }
);

type Reply = WorkerReply extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** People per part of a confirm's answer: a few thousand take the page a few milliseconds to take in. */
const PEOPLE_PER_PART = 2000;

let list: ReadList | null = null;
/** The last preview, kept for the confirm that follows it unchanged. */
let last: { key: string; model: ImportModel } | null = null;

const post = (id: number, reply: Reply) => (self as unknown as Worker).postMessage({ id, ...reply });

function opened(read: ReturnType<typeof workbookList>): Reply {
  if (!isReadList(read)) return { problem: read.problem };
  list = read;
  last = null;
  return { head: listHead(read) };
}

function model(request: PreviewRequest): ImportModel {
  const key = JSON.stringify(request);
  if (last?.key === key) return last.model;
  const rows = list?.sheets[request.sheet]?.rows;
  if (!rows) throw new Error('no list read');
  last = { key, model: importModel(rows, request) };
  return last.model;
}

async function answer(id: number, request: WorkerRequest): Promise<Reply> {
  if ('read' in request) {
    const r = request.read;
    const progress = (fraction: number) => post(id, { progress: fraction });
    const outcome =
      'file' in r
        ? readListBytes(r.file.name, new Uint8Array(await r.file.arrayBuffer()), progress)
        : readListText(r.label, r.label, r.text, progress);
    return 'xlsx' in outcome ? { xlsx: bytesToBase64(outcome.xlsx) } : opened(outcome);
  }
  if ('workbook' in request) return opened(workbookList(request.workbook.format, request.workbook.sheets));
  if ('preview' in request) return { digest: previewDigest(model(request.preview), request.preview.rankBy) };
  const outcome = importOutcome(model(request.confirm), request.confirm, newId);
  const { add, update } = outcome.changes;
  for (let i = 0; i < add.length; i += PEOPLE_PER_PART) post(id, { part: { add: add.slice(i, i + PEOPLE_PER_PART) } });
  for (let i = 0; i < update.length; i += PEOPLE_PER_PART) post(id, { part: { update: update.slice(i, i + PEOPLE_PER_PART) } });
  return { outcome: { ...outcome, changes: { add: [], update: [] } } };
}

self.onmessage = async (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  try {
    post(id, await answer(id, request));
  } catch (e) {
    post(id, { failed: (e as Error).message });
  }
};
