/**
 * The import wizard's reading worker: decoding, CSV parsing and legacy workbooks (SheetJS) run
 * here, off the page's thread, so the canvas and autosave stay responsive while a large list is
 * read. It reports progress as it parses; an .xlsx comes back as base64 for the host to read.
 */
import { isReadList, readListBytes, readListText, type ReadListOutcome } from '../../../shared/people/read-list';
import { bytesToBase64 } from './download';

export type ReadRequest = { file: File } | { text: string; label: string };

export type ReadReply =
  { progress: number } | { done: Exclude<ReadListOutcome, { xlsx: Uint8Array }> } | { xlsx: string } | { failed: string };

const post = (reply: ReadReply) => (self as unknown as Worker).postMessage(reply);
const progress = (fraction: number) => post({ progress: fraction });

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  try {
    const request = event.data;
    const outcome =
      'file' in request
        ? readListBytes(request.file.name, new Uint8Array(await request.file.arrayBuffer()), progress)
        : readListText(request.label, request.label, request.text, progress);
    if (isReadList(outcome) || 'problem' in outcome) post({ done: outcome });
    else post({ xlsx: bytesToBase64(outcome.xlsx) });
  } catch (e) {
    post({ failed: (e as Error).message });
  }
};
