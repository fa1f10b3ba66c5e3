// One finding: its title, the one-line takeaway, the chart, the table behind it beside the chart,
// and that table as a CSV file.
import type { ComponentChildren } from 'preact';
import { tableToCsv, type TableData } from '../../core/insights/csv';
import { localDateOf } from '../../core/archive';
import { downloadText } from '../backup/download';
import { t } from '../i18n';

export interface InsightCardProps {
  id: string;
  title: string;
  takeaway: string;
  table: TableData;
  /** A wide table goes under the chart instead of beside it, so neither is squeezed. */
  wide?: boolean;
  /** The chart, given the id of the takeaway that describes it. */
  chart(labelledBy: string): ComponentChildren;
}

export function InsightCard({ id, title, takeaway, table, wide = false, chart }: InsightCardProps) {
  const titleId = `insight-${id}-title`;
  const takeawayId = `insight-${id}-takeaway`;
  const exportCsv = () => downloadText(`rapport-insights-${id}-${localDateOf(new Date())}.csv`, 'text/csv', tableToCsv(table));
  return (
    <section class="panel insight-card" aria-labelledby={titleId} data-rapport={`insight-${id}`}>
      <h3 id={titleId}>{title}</h3>
      <p class="ins-takeaway" id={takeawayId} data-rapport={`insight-takeaway-${id}`}>{takeaway}</p>
      <div class={wide ? 'ins-body stacked' : 'ins-body'}>
        <div class="ins-figure">{chart(`${titleId} ${takeawayId}`)}</div>
        <DataTable caption={title} table={table} id={id} />
      </div>
      <div class="actions">
        <button type="button" onClick={exportCsv} data-rapport={`insight-csv-${id}`}>{t('options_ins_csv')}</button>
      </div>
    </section>
  );
}

function DataTable({ caption, table, id }: { caption: string; table: TableData; id: string }) {
  return (
    <div class="ins-table-wrap" tabIndex={0} role="region" aria-label={t('options_ins_table_of', { title: caption })}>
      <table class="ins-table" data-rapport={`insight-table-${id}`}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>{table.head.map((cell, i) => <th key={i} scope="col">{cell}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
