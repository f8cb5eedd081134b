/**
 * The library's pictures (the `assets` table, plan-store.ts migration 3→4): floor-plan underlays,
 * stored only after `reencodeImage`, named by the sha256 of their bytes. Putting the same picture
 * twice keeps one copy. Documents refer to a picture by that id (Scene.underlay.assetId).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { StoreError } from './plan-store';
import type { CleanImage, ImageMime } from './underlay-image';

export interface AssetInfo {
  assetId: string;
  mime: ImageMime;
  width: number;
  height: number;
}

export const assetIdOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export class AssetStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps a re-encoded picture (once per content) and answers its id. */
  put(image: CleanImage): AssetInfo {
    const assetId = assetIdOf(image.bytes);
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO assets (id, mime, width, height, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
        )
        .run(assetId, image.mime, image.width, image.height, image.bytes, this.now());
    })();
    return { assetId, mime: image.mime, width: image.width, height: image.height };
  }

  /** The picture, or a `not-found` StoreError the officer reads as "the picture is not here". */
  get(assetId: string): AssetInfo & { bytes: Buffer } {
    const row = this.db.prepare('SELECT mime, width, height, bytes FROM assets WHERE id = ?').get(assetId) as
      { mime: ImageMime; width: number; height: number; bytes: Buffer } | undefined;
    if (!row) throw new StoreError('underlayMissing');
    return { assetId, mime: row.mime, width: row.width, height: row.height, bytes: row.bytes };
  }

  has(assetId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM assets WHERE id = ?').get(assetId);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number }).n;
  }
}
