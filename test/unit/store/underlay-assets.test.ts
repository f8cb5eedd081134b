/**
 * Floor-plan underlays on the host (issue 16 part 3): the assets table and its migration, the
 * re-encoding of every picture, the size refusals, the `.zuoci` round trip and the channels.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssetStore, assetIdOf } from '../../../electron/services/asset-store';
import { dispatch } from '../../../electron/services/dispatch';
import { readPlanFile, writePlanFile } from '../../../electron/services/plan-file';
import { migrations, PlanStore, StoreError } from '../../../electron/services/plan-store';
import { createServices, type Services } from '../../../electron/services/services';
import { imageHeader, reencodeImage } from '../../../electron/services/underlay-image';
import { applyCommand } from '../../../shared/commands/commands';
import { UNDERLAY_LIMITS, UNDERLAY_MAX_BYTES } from '../../../shared/model/limits';
import { newUnderlay } from '../../../shared/model/underlay';
import type { Plan } from '../../../shared/model/types';
import { jpegBytes, planPicture, pngBytes, pngHeaderClaiming, withTextChunk } from '../../helpers/images';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const picture = () => planPicture(60, 40, { bars: [10, 50], boxes: [{ x: 20, y: 10, w: 9, h: 6 }] });

/** The error a call threw, as the host reports it. */
function refusal(f: () => unknown): StoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('migration 3→4 (assets)', () => {
  it('adds the assets table to a database of the version before and keeps its plans', () => {
    const file = join(tmp.dir, 'before.sqlite');
    const db = new Database(file);
    const before = migrations.length - 1;
    for (const m of migrations.slice(0, before)) m(db);
    db.pragma(`user_version = ${before}`);
    const plan = { ...banquetPlan(), id: 'p1' };
    db.prepare(
      "INSERT INTO plans (id, name, convention, document, created_at, updated_at) VALUES ('p1', 'A', 'commercial', ?, 1, 1)",
    ).run(JSON.stringify(plan));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'assets'").get()).toBeUndefined();
    db.close();
    const store = new PlanStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const cols = store.db.prepare('PRAGMA table_info(assets)').all() as { name: string }[];
    expect(cols.map((c) => c.name)).toEqual(['id', 'mime', 'width', 'height', 'bytes', 'created_at']);
    expect(store.get('p1').plan).toEqual(plan);
    store.close();
  });
});

describe('AssetStore', () => {
  it('keeps a picture by the sha256 of its bytes, once, and gives it back whole', () => {
    const store = new PlanStore(join(tmp.dir, 'z.sqlite'));
    const assets = new AssetStore(store.db);
    const image = reencodeImage(pngBytes(picture()), 'plan.png');
    const a = assets.put(image);
    expect(a).toEqual({ assetId: assetIdOf(image.bytes), mime: 'image/png', width: 60, height: 40 });
    expect(assets.put(reencodeImage(pngBytes(picture()), 'again.png')).assetId).toBe(a.assetId);
    expect(assets.count()).toBe(1);
    expect(assets.get(a.assetId).bytes.equals(image.bytes)).toBe(true);
    const missing = refusal(() => assets.get('0'.repeat(64)));
    expect(missing.code).toBe('not-found');
    expect(missing.error.key).toBe('underlayMissing');
    store.close();
  });
});

describe('re-encoding', () => {
  it('reads the kind and size from the bytes, not the name', () => {
    expect(imageHeader(pngBytes(picture()))).toEqual({ mime: 'image/png', width: 60, height: 40 });
    expect(imageHeader(jpegBytes(picture()))).toEqual({ mime: 'image/jpeg', width: 60, height: 40 });
    expect(imageHeader(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
    const gif = refusal(() => reencodeImage(Buffer.from('GIF89a\x01\x00\x01\x00'), 'plan.png'));
    expect(gif.error.key).toBe('underlayNotImage');
    expect(gif.message).toMatch(/plan\.png.*only PNG and JPEG pictures and PDF/);
  });

  it('writes a PNG with a text chunk and an appended page as fresh bytes: same pixels, nothing else', () => {
    const clean = pngBytes(picture());
    const hostile = Buffer.concat([
      withTextChunk(clean, 'Comment', '<script>alert("x")</script>'),
      Buffer.from('<html><body onload="alert(1)">polyglot</body></html>'),
    ]);
    expect(hostile.includes('<script>')).toBe(true);
    const out = reencodeImage(hostile, 'hostile.png');
    expect(out.mime).toBe('image/png');
    expect(out.bytes.equals(hostile)).toBe(false);
    expect(out.bytes.includes('<script>')).toBe(false);
    expect(out.bytes.includes('polyglot')).toBe(false);
    expect(out.bytes.includes('tEXt')).toBe(false);
    expect(PNG.sync.read(out.bytes).data.equals(picture().data)).toBe(true);
  });

  it('writes a JPEG carrying a comment and a trailing payload as a fresh JPEG without them', () => {
    const hostile = Buffer.concat([jpegBytes(picture(), '<script>alert(1)</script>'), Buffer.from('PK\x03\x04 zip payload')]);
    expect(hostile.includes('<script>')).toBe(true);
    const out = reencodeImage(hostile, 'scan.jpg');
    expect(out.mime).toBe('image/jpeg');
    expect(out.bytes.includes('<script>')).toBe(false);
    expect(out.bytes.includes('zip payload')).toBe(false);
    const decoded = jpeg.decode(out.bytes);
    expect([decoded.width, decoded.height]).toEqual([60, 40]);
  });

  it('refuses a file past the size limit, naming it', () => {
    const big = Buffer.concat([pngBytes(picture()), Buffer.alloc(UNDERLAY_MAX_BYTES)]);
    const e = refusal(() => reencodeImage(big, 'huge.png'));
    expect(e.error.key).toBe('underlayTooLarge');
    expect(e.message).toContain(`${UNDERLAY_LIMITS.megabytes}.0 MB`);
  });

  it('refuses too many pixels from the header, before decoding anything', () => {
    const wide = refusal(() => reencodeImage(pngHeaderClaiming(UNDERLAY_LIMITS.side + 1, 10), 'wide.png'));
    expect(wide.error.key).toBe('underlayTooManyPixels');
    expect(wide.message).toContain(`${UNDERLAY_LIMITS.side} pixels a side`);
    const bomb = refusal(() => reencodeImage(pngHeaderClaiming(9000, 9000), 'bomb.png'));
    expect(bomb.error.key).toBe('underlayTooManyPixels');
    expect(bomb.message).toContain(`${UNDERLAY_LIMITS.megapixels} megapixels`);
  });

  it('names a damaged picture instead of failing somewhere else', () => {
    const png = pngBytes(picture());
    const cut = png.subarray(0, png.length - 30);
    expect(refusal(() => reencodeImage(cut, 'cut.png')).error.key).toBe('underlayUnreadable');
  });
});

describe('services', () => {
  let services: Services;
  let other: Services;
  let tmp2: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp2 = tempDir();
    services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0.0.0' });
    other = createServices({ dataDir: tmp2.dir, mode: 'browser', version: '0.0.0' });
  });
  afterEach(() => {
    services.close();
    other.close();
    tmp2.cleanup();
  });

  const call = async (s: Services, channel: string, request: unknown) => dispatch(s.handlers, channel, request);

  async function planOnPicture(): Promise<Plan> {
    const imported = await call(services, 'assets.importImage', {
      fileName: 'plan.png',
      data: pngBytes(picture()).toString('base64'),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const asset = imported.value as { assetId: string; width: number; height: number };
    const plan = services.store.save({ ...banquetPlan(), id: 'p1' }).plan;
    const sceneId = plan.scenes[0]!.id;
    const placed = applyCommand(plan, { type: 'underlay/set', sceneId, underlay: newUnderlay(asset, { x: 0, y: 0 }) });
    return services.store.save(placed).plan;
  }

  it('imports a picture and gives back the re-encoded bytes', async () => {
    const plan = await planOnPicture();
    const id = plan.scenes[0]!.underlay!.assetId;
    const got = await call(services, 'assets.get', { assetId: id });
    expect(got.ok).toBe(true);
    const value = (got as { value: { data: string; mime: string } }).value;
    expect(value.mime).toBe('image/png');
    expect(assetIdOf(Buffer.from(value.data, 'base64'))).toBe(id);
  });

  it('carries the picture in the .zuoci file to another library', async () => {
    const plan = await planOnPicture();
    const exported = await call(services, 'planFile.export', { id: plan.id });
    const file = (exported as { value: { text: string; fileName: string } }).value;
    expect(JSON.parse(file.text).formatVersion).toBe(1);
    const imported = await call(other, 'planFile.import', { fileName: file.fileName, text: file.text });
    expect(imported.ok).toBe(true);
    const copy = other.store.get((imported as { value: { plan: { id: string } } }).value.plan.id).plan;
    expect(copy.scenes[0]!.underlay).toEqual(plan.scenes[0]!.underlay);
    const got = await call(other, 'assets.get', { assetId: copy.scenes[0]!.underlay!.assetId });
    expect(got.ok).toBe(true);
  });

  it('re-encodes a picture a file carries and points the plan at the clean one', async () => {
    const plan = await planOnPicture();
    const underlay = plan.scenes[0]!.underlay!;
    const hostile = withTextChunk(pngBytes(picture()), 'Comment', '<script>x</script>');
    // A forged file: the picture under the plan's id is not the library's bytes.
    const text = writePlanFile(plan, '0.0.0', new Date(0), {
      [underlay.assetId]: { mime: 'image/png', data: hostile.toString('base64') },
    }).text;
    expect(readPlanFile(text).assets[underlay.assetId]).toBeDefined();
    const imported = await call(other, 'planFile.import', { fileName: 'forged.zuoci', text });
    const copy = other.store.get((imported as { value: { plan: { id: string } } }).value.plan.id).plan;
    const kept = other.assets.get(copy.scenes[0]!.underlay!.assetId);
    expect(kept.bytes.includes('<script>')).toBe(false);
    expect(assetIdOf(kept.bytes)).toBe(copy.scenes[0]!.underlay!.assetId);
  });

  it('opens a file without its picture; the missing picture is a not-found answer, not a crash', async () => {
    const plan = await planOnPicture();
    const text = writePlanFile(plan, '0.0.0', new Date(0)).text;
    const imported = await call(other, 'planFile.import', { fileName: 'bare.zuoci', text });
    expect(imported.ok).toBe(true);
    const got = await call(other, 'assets.get', { assetId: plan.scenes[0]!.underlay!.assetId });
    expect(got.ok).toBe(false);
    expect(!got.ok && got.error).toMatchObject({ code: 'not-found', key: 'underlayMissing' });
  });

  it('refuses a file whose picture is not one, naming the file', async () => {
    const plan = await planOnPicture();
    const text = writePlanFile(plan, '0.0.0', new Date(0), {
      [plan.scenes[0]!.underlay!.assetId]: { mime: 'image/png', data: Buffer.from('<svg onload=alert(1)>').toString('base64') },
    }).text;
    const imported = await call(other, 'planFile.import', { fileName: 'bad.zuoci', text });
    expect(!imported.ok && imported.error).toMatchObject({ code: 'invalid-image', key: 'underlayNotImage' });
    expect(other.store.list()).toHaveLength(0);
  });

  it('refuses bad requests before a service sees them', async () => {
    const cases: [string, unknown][] = [
      ['assets.get', { assetId: '../../etc/passwd' }],
      ['assets.get', { assetId: 'A'.repeat(64) }],
      ['assets.get', {}],
      ['assets.importImage', { fileName: 'x.png' }],
      ['assets.importImage', { fileName: 'x.png', data: 42 }],
      ['assets.importImage', { fileName: 'x'.repeat(261), data: '' }],
      ['assets.importImage', { fileName: 'x.png', data: 'A'.repeat(Math.ceil((UNDERLAY_MAX_BYTES * 4) / 3) + 2_000_000) }],
    ];
    for (const [channel, request] of cases) {
      const r = await call(services, channel, request);
      expect(r.ok, `${channel} ${JSON.stringify(request).slice(0, 80)}`).toBe(false);
      expect(!r.ok && r.error.code).toBe('invalid-request');
    }
    expect(services.assets.count()).toBe(0);
  });

  it('refuses an underlay in a saved plan that does not name a picture by hash', async () => {
    const plan = await planOnPicture();
    const bad = structuredClone(plan);
    bad.scenes[0]!.underlay!.assetId = 'data:image/png;base64,AAAA';
    const r = await call(services, 'plans.save', { plan: bad });
    expect(!r.ok && r.error.code).toBe('invalid-plan');
  });
});
