// Weekly touches and interviews as grouped bars (uPlot), with the same figures as a table for
// screen readers.
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Schemas } from "../api/client";
import { DataTable } from "./ui";

type Week = Schemas["WeekActivity"];

export function ActivityChart({ weeks }: { weeks: Week[] }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || !weeks.length) return;
    const xs = weeks.map((_, index) => index);
    const labels = weeks.map((week) => {
      const [, m, d] = week.week_start.split("-").map(Number);
      return `${m}/${d}`;
    });
    const bars = (offset: number) =>
      uPlot.paths.bars!({ size: [0.35, 40], align: offset as 1 | -1, gap: 1 });
    const plot = new uPlot(
      {
        width: element.clientWidth || 600,
        height: 200,
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { show: false } },
        scales: { x: { time: false, range: [-0.6, weeks.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(4, max + 1)] } },
        axes: [
          { values: (_u, splits) => splits.map((i) => labels[i] ?? ""), grid: { show: false }, stroke: "#566074", gap: 4, size: 30 },
          { stroke: "#566074", grid: { stroke: "#eceff5" }, size: 36, incrs: [1, 2, 5, 10, 20, 50] },
        ],
        series: [
          {},
          { label: "Touches", fill: "#3145c8", stroke: "#3145c8", paths: bars(-1), points: { show: false } },
          { label: "Interviews", fill: "#8aa0ff", stroke: "#8aa0ff", paths: bars(1), points: { show: false } },
        ],
      },
      [xs, weeks.map((w) => w.touches), weeks.map((w) => w.interviews)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: 200 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [weeks]);

  const touches = weeks.reduce((sum, w) => sum + w.touches, 0);
  const interviews = weeks.reduce((sum, w) => sum + w.interviews, 0);
  return (
    <figure class="chart">
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="legend__dot" style={{ background: "#3145c8" }} />
          Touches
        </li>
        <li>
          <span class="legend__dot" style={{ background: "#8aa0ff" }} />
          Interviews
        </li>
      </ul>
      <div ref={box} class="chart__plot" role="img" aria-label={`Last ${weeks.length} weeks: ${touches} touches and ${interviews} interviews.`} />
      <DataTable class="visually-hidden" caption="Weekly activity" columns={["Week of", "Touches", "Interviews"]}>
        {weeks.map((week) => (
          <tr key={week.week_start}>
            <th scope="row">{week.week_start}</th>
            <td>{week.touches}</td>
            <td>{week.interviews}</td>
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
