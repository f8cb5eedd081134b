// exceljs 4.4 ships no types for its table of built-in number formats (xlsx-regional-formats.ts).
declare module 'exceljs/lib/xlsx/defaultnumformats.js' {
  /** Built-in format number → its code (f), or for the regional numbers one code per region. */
  const formats: Record<string, { f?: string; 'zh-cn'?: string }>;
  export default formats;
}
