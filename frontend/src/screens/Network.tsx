// The referral graph: who led to whom. Loaded on demand (d3-force is only in this chunk).
import { useMemo, useState } from "preact/hooks";
import { api, ok, type Schemas } from "../api/client";
import { DataTable, EmptyState, ErrorState, Loading, PageHeader } from "../components/ui";
import { layoutGraph } from "../lib/graphLayout";
import { REFERRAL_STATUSES, STAGES, label } from "../lib/labels";
import { useAsync } from "../lib/useAsync";

const STAGE_COLORS: Record<string, string> = {
  identified: "#8a94a8",
  reached_out: "#2f6fc4",
  scheduled: "#7a4ad8",
  interviewed: "#0f8a57",
  keep_in_touch: "#0b7f8c",
  closed: "#6b6b6b",
};

export function Network() {
  const network = useAsync(() => ok(api.GET("/api/v1/network")), []);
  return (
    <div class="page">
      <PageHeader title="Network" subtitle="Who led you to whom. Every “Is there anyone else I should talk to?” grows this graph." />
      {network.error ? (
        <ErrorState message={network.error} onRetry={network.reload} />
      ) : !network.data ? (
        <Loading label="Loading your network…" />
      ) : (
        <NetworkBody data={network.data} />
      )}
    </div>
  );
}

/** The graph, the yield and the table; `linkNodes` off for a counselor, who cannot open contacts. */
export function NetworkBody({ data, linkNodes = true }: { data: Schemas["Network"]; linkNodes?: boolean }) {
  const [focus, setFocus] = useState<string | null>(null);
  const layout = useMemo(() => layoutGraph(data.nodes, data.edges), [data]);
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const y = data.referral_yield;
  const person = (id: string) => {
    const name = byId.get(id)?.full_name ?? "—";
    return linkNodes ? <a href={`/contacts/${id}`}>{name}</a> : name;
  };
  const summary = `Referral graph: ${data.nodes.length} ${data.nodes.length === 1 ? "person" : "people"}, ${data.edges.length} referral${data.edges.length === 1 ? "" : "s"}`;

  return (
    <>
      <dl class="stat-tiles" aria-label="Referral yield">
        <div>
          <dt>Referrals per completed interview</dt>
          <dd>{y.referrals_per_completed_interview?.toFixed(1) ?? "—"}</dd>
        </div>
        <div>
          <dt>Referrals</dt>
          <dd>{y.referrals}</dd>
        </div>
        <div>
          <dt>Completed interviews</dt>
          <dd>{y.completed_interviews}</dd>
        </div>
        <div>
          <dt>Referred people interviewed</dt>
          <dd>
            {y.referred_interviewed} / {y.referred_contacts}
          </dd>
        </div>
      </dl>
      {data.edges.length === 0 ? (
        <EmptyState title="No referrals yet.">
          {linkNodes && <p>At the end of each interview, ask “Is there anyone else I should talk to?” and record the names on the interview page.</p>}
        </EmptyState>
      ) : (
        <section class="card graph-card" aria-labelledby="graph-title">
          <h2 id="graph-title">{summary}</h2>
          {data.truncated && <p class="muted">Showing the first 2 000 referrals.</p>}
          <svg class="graph" viewBox={layout.viewBox.join(" ")} role="group" aria-label={summary}>
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
                <path d="M0,0 L10,5 L0,10 z" fill="#9aa3b5" />
              </marker>
            </defs>
            <g aria-hidden="true">
              {data.edges.map((edge) => {
                const a = byId.get(edge.source);
                const b = byId.get(edge.target);
                if (!a || !b) return null;
                const lit = focus === edge.source || focus === edge.target;
                // Stop the line at the target's edge so the arrowhead touches the circle.
                const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
                const trim = 19 / length;
                return (
                  <line
                    key={edge.referral_id}
                    x1={a.x}
                    y1={a.y}
                    x2={b.x - (b.x - a.x) * trim}
                    y2={b.y - (b.y - a.y) * trim}
                    class={`graph__edge${lit ? " is-lit" : ""}${edge.status === "declined" ? " is-declined" : ""}`}
                    marker-end="url(#arrow)"
                  />
                );
              })}
            </g>
            {layout.nodes.map((node) => {
              const name = `${node.full_name}${node.organization ? `, ${node.organization}` : ""} (${label(STAGES, node.stage)})`;
              const hover = {
                onMouseEnter: () => setFocus(node.id),
                onMouseLeave: () => setFocus(null),
                onFocus: () => setFocus(node.id),
                onBlur: () => setFocus(null),
              };
              const shape = (
                <>
                  <circle cx={node.x} cy={node.y} r={focus === node.id ? 17 : 14} fill={STAGE_COLORS[node.stage] ?? "#8a94a8"} />
                  <text x={node.x} y={node.y + 30} text-anchor="middle" class="graph__label">
                    {node.full_name}
                  </text>
                </>
              );
              return linkNodes ? (
                <a key={node.id} href={`/contacts/${node.id}`} class="graph__node" aria-label={name} {...hover}>
                  {shape}
                </a>
              ) : (
                <g key={node.id} class="graph__node" tabIndex={0} role="img" aria-label={name} {...hover}>
                  {shape}
                </g>
              );
            })}
          </svg>
          <ul class="legend" aria-label="Stage colours">
            {STAGES.map(([stage, text]) => (
              <li key={stage}>
                <span class="legend__dot" style={{ background: STAGE_COLORS[stage] }} aria-hidden="true" />
                {text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.edges.length > 0 && (
        <section class="card" aria-labelledby="who-title">
          <h2 id="who-title">Who led to whom</h2>
          <div class="table-wrap">
            <DataTable columns={["Referred by", "Person", "Status"]}>
              {data.edges.map((edge) => (
                <tr key={edge.referral_id}>
                  <td>{person(edge.source)}</td>
                  <td>{person(edge.target)}</td>
                  <td>{label(REFERRAL_STATUSES, edge.status)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </section>
      )}
    </>
  );
}
