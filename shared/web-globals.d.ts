/**
 * The only runtime globals shared/ may use: Web standards that exist alike in Chromium (the
 * renderer) and Node 20 (the host, the CLI). Checked by tsconfig.shared.json, which gives
 * shared/ no DOM and no Node types; the other configs get these from their own libs.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const crypto: { randomUUID(): string };
