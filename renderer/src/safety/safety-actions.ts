/**
 * Data-safety actions the renderer takes around other work: an automatic revision before a
 * change that replaces much of a plan, and waiting for autosave before the host rewrites it.
 */
import type { RequestOf } from '../../../shared/ipc/contract';
import type { Plan } from '../../../shared/model/types';
import { call } from '../bridge';
import { useApp } from '../state/app-store';

type RendererReason = NonNullable<RequestOf<'revisions.create'>['reason']>;

/**
 * Keeps the open plan, exactly as the editor shows it, as an automatic revision. A failure
 * never blocks the action that follows (it stays undoable); it is only logged.
 */
export async function revisionBefore(reason: RendererReason): Promise<void> {
  const plan = useApp.getState().history?.present;
  if (!plan) return;
  try {
    await call('revisions.create', { planId: plan.id, name: '', auto: true, reason, plan });
  } catch (e) {
    console.warn(`automatic revision not taken: ${(e as Error).message}`);
  }
}

/** Resolves once no autosave is in flight, so a restore cannot be overwritten by a late save. */
export async function autosaveSettled(timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (useApp.getState().saveState === 'saving' && Date.now() - started < timeoutMs) {
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Offers text as a file download: the browser's download bar, or Electron's save dialog. */
export function downloadText(fileName: string, text: string, type = 'application/x-zuoci'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Offers the editor's newest document as a `.zuoci` file. The document travels with the request,
 * so the file holds what the officer sees even when saving to the database is failing.
 */
export async function exportPlanFile(plan: Plan): Promise<void> {
  const { fileName, text } = await call('planFile.export', { id: plan.id, plan });
  downloadText(fileName, text);
}
