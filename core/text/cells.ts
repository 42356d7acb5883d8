/**
 * Text that Excel, WPS or LibreOffice would take for a formula (or a DDE call) when a sheet is
 * opened or a cell is edited: = + - @, and a leading tab or carriage return, which some of them
 * skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell text made inert: prefixed with an apostrophe, which spreadsheets read as "this is
 * text" (OWASP's advice for CSV injection). Used for every exported CSV/xlsx cell and for the
 * free-text cells of an imported list, so a formula never travels through the library alive.
 */
export const inertCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
