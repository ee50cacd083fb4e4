import type { ChartDatum } from './chart-datum.js';

/** The chart's numbers for screen readers (the SVG itself is one labelled image). */
export function ChartDataTable({
  title,
  data,
  categoryHeader,
  valueHeader,
  extra,
}: {
  title: string;
  data: readonly ChartDatum[];
  categoryHeader: string;
  valueHeader: string;
  extra?: { header: string; cell: (datum: ChartDatum, index: number) => string };
}) {
  // A table ignores `overflow: hidden`: the hiding wrapper keeps its cells from widening the page.
  return (
    <div className="visually-hidden">
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            <th scope="col">{valueHeader}</th>
            {extra && <th scope="col">{extra.header}</th>}
          </tr>
        </thead>
        <tbody>
          {data.map((datum, index) => (
            <tr key={datum.key}>
              <th scope="row">{datum.label}</th>
              <td>{datum.display ?? String(datum.value)}</td>
              {extra && <td>{extra.cell(datum, index)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
