/**
 * The three bundled place-card faces (all OFL, from npm @fontsource packages) and the CSS that
 * loads them. Print documents link the packages' own CSS under `fonts/<package>/<weight>.css`
 * relative to the document; whoever prints the document serves that folder from node_modules
 * (see electron/services/export-pdf.ts). The in-app preview imports the same CSS through Vite
 * (renderer/src/print-preview/app-fonts.ts).
 */

export type FaceId = 'kai' | 'song' | 'hei';

export interface Face {
  family: string;
  /** The @fontsource package name without the scope. */
  pkg: string;
  /** Weight used for names (large) and for small text. */
  nameWeight: number;
  textWeight: number;
  /** Windows/macOS system faces of the same style, used only if the bundled one fails. */
  fallback: string;
}

export const FACES: Record<FaceId, Face> = {
  // 楷体-like. LXGW WenKai ships one whole-font file per weight: use a single weight.
  kai: { family: 'LXGW WenKai', pkg: 'lxgw-wenkai', nameWeight: 500, textWeight: 500, fallback: 'KaiTi, STKaiti' },
  // 宋体-like.
  song: { family: 'Noto Serif SC', pkg: 'noto-serif-sc', nameWeight: 700, textWeight: 400, fallback: 'SimSun, STSong' },
  // 黑体-like; also the face of every chart and list.
  hei: { family: 'Noto Sans SC', pkg: 'noto-sans-sc', nameWeight: 700, textWeight: 400, fallback: 'SimHei, "Microsoft YaHei"' },
};

/**
 * The face of a card's Latin line. LXGW WenKai's Latin letters are handwritten, too casual under a
 * formal name; Noto Serif's roman sits with 楷 and 宋, Noto Sans with 黑.
 */
export const LATIN_FACE: Record<FaceId, FaceId> = { kai: 'song', song: 'song', hei: 'hei' };

export const FACE_IDS = Object.keys(FACES) as FaceId[];

export function fontStack(face: FaceId): string {
  const f = FACES[face];
  return `"${f.family}", ${f.fallback}, sans-serif`;
}

/** Stylesheet paths (relative to the print document) for the faces a document uses. */
export function fontStylesheets(faces: FaceId[]): string[] {
  const out = new Set<string>();
  for (const id of faces) {
    const f = FACES[id];
    for (const w of new Set([f.nameWeight, f.textWeight])) out.add(`fonts/${f.pkg}/${w}.css`);
  }
  return [...out];
}
