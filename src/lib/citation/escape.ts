/** How citeproc's HTML output escapes text (shared by the build's page templates and the browser's section citations). */
export const cslEscape = (text: string): string => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
