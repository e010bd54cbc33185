/**
 * CSV for Finnish spreadsheets (the purchase participant list and the report): UTF-8 with a byte
 * order mark (without it Excel shows "Järjestö" as "JÃ¤rjestÃ¶"), `;` between cells (Finnish
 * Excel uses `,` as the decimal comma), CRLF line ends, euros with a decimal comma, and no cell
 * that a spreadsheet would run as a formula.
 */
/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = "\uFEFF";

/** One cell: a leading = + - @ (a formula in a spreadsheet) gets a `'`; `;`, quotes and line breaks are quoted. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells as the whole file. */
export function excelCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

/** Euros with a decimal comma, as a Finnish spreadsheet reads a number: 600,00. */
export function csvEuros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** A number with a decimal comma (at most one decimal), e.g. 2,5. */
export function csvNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
