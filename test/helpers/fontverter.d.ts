// fontverter 2.0 (installed with subset-font) ships no types: the one call the .svg tests make.
declare module 'fontverter' {
  export function convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer>;
}
