// A chart's table as CSV, cell for cell what the page shows, through the export's formula-safe
// csvCell (a group named "=SUM(…)" by the person opens as text, not as a formula).
import { csvCell } from '../backup/csv';

export interface TableData {
  head: readonly string[];
  rows: readonly (readonly string[])[];
}

export function tableToCsv(table: TableData): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  return [line(table.head), ...table.rows.map(line)].join('\r\n') + '\r\n';
}
