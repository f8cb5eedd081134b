/**
 * The underlay pictures the renderer has read from the host (`assets.get`), one load per picture
 * for the session: the canvas draws it from an object URL (the CSP allows `blob:` images), and the
 * print views embed it as a data URL (a print page may only show `data:` images). The bytes are
 * the host's re-encoded ones, never the officer's file.
 */
import { useEffect, useState } from 'react';
import type { Scene } from '../../../shared/model/types';
import { call, CallError } from '../bridge';
import { printedAssetIds, type Pictures } from '../print/underlay';

export type UnderlayPicture =
  | { state: 'loading' }
  | { state: 'ready'; image: HTMLImageElement; dataUrl: string }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown };

type Loaded = Extract<UnderlayPicture, { state: 'ready' }>;

const loads = new Map<string, Promise<Loaded>>();

/** The picture, read once; a failed read is forgotten so the next use tries again. */
export function loadUnderlay(assetId: string): Promise<Loaded> {
  let load = loads.get(assetId);
  if (!load) {
    load = read(assetId);
    loads.set(assetId, load);
    load.catch(() => loads.delete(assetId));
  }
  return load;
}

async function read(assetId: string): Promise<Loaded> {
  const { mime, data } = await call('assets.get', { assetId });
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([bytes], { type: mime }));
  await image.decode();
  return { state: 'ready', image, dataUrl: `data:${mime};base64,${data}` };
}

/** Whether a failure is "this library does not have the picture" (a file that did not carry it). */
export const isMissing = (e: unknown) => e instanceof CallError && e.code === 'not-found';

/** The picture of an underlay for a component, as it loads. */
export function useUnderlayPicture(assetId: string | undefined): UnderlayPicture | undefined {
  const [loaded, setLoaded] = useState<{ id: string; picture: UnderlayPicture } | undefined>();
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    loadUnderlay(assetId).then(
      (picture) => live && setLoaded({ id: assetId, picture }),
      (error: unknown) =>
        live && setLoaded({ id: assetId, picture: isMissing(error) ? { state: 'missing' } : { state: 'failed', error } }),
    );
    return () => {
      live = false;
    };
  }, [assetId]);
  if (!assetId) return undefined;
  return loaded?.id === assetId ? loaded.picture : { state: 'loading' };
}

/**
 * The floor plans the plan's charts print, as data URLs by asset id, filled in as they load (a
 * missing one is left out: the chart prints without it, as the canvas says).
 */
export function usePrintPictures(scenes: Scene[]): Pictures {
  const wanted = printedAssetIds(scenes).join(' ');
  const [pictures, setPictures] = useState<Pictures>(new Map());
  useEffect(() => {
    let live = true;
    const ids = wanted ? wanted.split(' ') : [];
    void Promise.allSettled(ids.map(loadUnderlay)).then((results) => {
      if (!live) return;
      const ready = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[ids[i]!, r.value.dataUrl] as const] : []));
      setPictures(new Map(ready));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return pictures;
}
