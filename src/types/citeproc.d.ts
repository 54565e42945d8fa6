/** The one part of citeproc-js (no types of its own) that src/lib/citation/formats.ts calls directly. */
declare module 'citeproc' {
  const CSL: {
    Output: { Formatters: { title(state: unknown, text: string): string } };
  };
  export default CSL;
}
