/**
 * The pictures a `.zuoci` file carries (plan-file.ts `assets`): gathered from the library for an
 * export, and on reading made safe like any picture the officer picks — decoded, re-encoded
 * (underlay-image.ts), named by their new bytes — with the plan's underlays pointed at them.
 */
import type { Plan } from '../../shared/model/types';
import { assetIdOf, type AssetStore } from './asset-store';
import type { FileAssets } from './plan-file';
import { reencodeImage, type CleanImage } from './underlay-image';

/** The ids of the pictures a plan's scenes lie on. */
export function planAssetIds(plan: Plan): string[] {
  return [...new Set(plan.scenes.flatMap((s) => (s.underlay ? [s.underlay.assetId] : [])))];
}

/** The plan's pictures the library holds, for the file; a missing one stays missing in the file too. */
export function fileAssetsFor(plan: Plan, assets: AssetStore): FileAssets {
  const out: FileAssets = {};
  for (const id of planAssetIds(plan)) {
    if (!assets.has(id)) continue;
    const { mime, bytes } = assets.get(id);
    out[id] = { mime, data: bytes.toString('base64') };
  }
  return out;
}

/**
 * Re-encodes the file's pictures the plan uses (others are ignored) and answers the plan pointing
 * at the clean ones, with their true pixel size. A picture that is not one, or is past a limit,
 * refuses the file with a message naming it. A picture the file lacks is left as it is: the
 * canvas says it is missing.
 */
export function cleanFileAssets(
  plan: Plan,
  assets: FileAssets,
  fileName: string,
): { plan: Plan; images: Map<string, CleanImage> } {
  const images = new Map<string, CleanImage>();
  const renamed = new Map<string, string>();
  for (const id of planAssetIds(plan)) {
    const carried = assets[id];
    if (!carried) continue;
    const image = reencodeImage(Buffer.from(carried.data, 'base64'), fileName);
    const clean = assetIdOf(image.bytes);
    images.set(clean, image);
    renamed.set(id, clean);
  }
  const scenes = plan.scenes.map((s) => {
    const id = s.underlay && renamed.get(s.underlay.assetId);
    if (!s.underlay || !id) return s;
    const { width, height } = images.get(id)!;
    return { ...s, underlay: { ...s.underlay, assetId: id, width, height } };
  });
  return { plan: { ...plan, scenes }, images };
}

/** Reads a file's pictures into the library; the plan as it must be saved. */
export function importFileAssets(plan: Plan, assets: FileAssets, fileName: string, store: AssetStore): Plan {
  const clean = cleanFileAssets(plan, assets, fileName);
  for (const image of clean.images.values()) store.put(image);
  return clean.plan;
}
