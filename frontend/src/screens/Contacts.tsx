import { useLocation } from "preact-iso";
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from "preact/hooks";
import { api, describeError, ok, type Schemas } from "../api/client";
import { Icon } from "../components/Icon";
import { QuickAddContact, type Contact } from "../components/QuickAddContact";
import { Badge, Button, Checkbox, EmptyState, ErrorState, Field, Loading, PageHeader, SelectField } from "../components/ui";
import { CONNECTIONS, STAGES, initials, label } from "../lib/labels";
import { initialPaged, pagedReducer, shouldLoadMore } from "../lib/paging";
import { dueState, formatRelative } from "../lib/time";
import { nearEnd, visibleRange } from "../lib/windowing";
import { useSynced } from "../offline/status";
import { useSession } from "../session";

type Filters = { q: string; stage: string; connection: string; tag: string; due: boolean };
const PAGE_SIZE = 100;
const ROW_HEIGHT = 68;

function readFilters(query: Record<string, string>): Filters {
  return {
    q: query.q ?? "",
    stage: query.stage ?? "",
    connection: query.connection ?? "",
    tag: query.tag ?? "",
    due: query.due === "true",
  };
}

function toQuery(filters: Filters, view: string): string {
  const params = new URLSearchParams();
  if (view === "board") params.set("view", "board");
  if (filters.q) params.set("q", filters.q);
  if (filters.stage) params.set("stage", filters.stage);
  if (filters.connection) params.set("connection", filters.connection);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.due) params.set("due", "true");
  const text = params.toString();
  return text ? `?${text}` : "";
}

function listQuery(filters: Filters, cursor: string | null, stage?: string) {
  return {
    q: filters.q.trim() || undefined,
    stage: ((stage ?? filters.stage) || undefined) as Schemas["Stage"] | undefined,
    connection: (filters.connection || undefined) as Schemas["Connection"] | undefined,
    tag: filters.tag.trim() || undefined,
    due: filters.due || undefined,
    limit: PAGE_SIZE,
    cursor: cursor ?? undefined,
  };
}

export function Contacts() {
  const { query, route, path } = useLocation();
  const view = query.view === "board" ? "board" : "list";
  const [filters, setFilters] = useState<Filters>(() => readFilters(query));
  const [debounced, setDebounced] = useState(filters);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Contact | null>(null);
  const [onDevice, setOnDevice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // Contacts added offline reached the server: list them.
  useSynced((delivered) => {
    if (delivered.some((item) => item.method === "POST" && item.url === "/api/v1/contacts")) setVersion((n) => n + 1);
  });

  useEffect(() => {
    const timeout = setTimeout(() => setDebounced(filters), filters.q === debounced.q ? 0 : 250);
    return () => clearTimeout(timeout);
  }, [filters]);

  useEffect(() => {
    const next = `${path}${toQuery(debounced, view)}`;
    if (next !== location.pathname + location.search) route(next, true);
  }, [debounced, view]);

  const setView = (next: string) => route(`${path}${toQuery(debounced, next)}`, true);
  const update = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <div class="page">
      <PageHeader title="Contacts" subtitle="Everyone you might learn from, and where each conversation stands.">
        <div class="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>
            <Icon name="list" /> List
          </button>
          <button type="button" aria-pressed={view === "board"} onClick={() => setView("board")}>
            <Icon name="board" /> Board
          </button>
        </div>
        <Button variant="primary" onClick={() => setAdding(true)}>
          <Icon name="plus" /> Add contact
        </Button>
      </PageHeader>

      <form class="filters" role="search" aria-label="Filter contacts" onSubmit={(event) => event.preventDefault()}>
        <Field label="Search" class="filters__search">
          {({ id }) => (
            <div class="input-icon">
              <Icon name="search" />
              <input
                id={id}
                type="search"
                placeholder="Name, organization, title, e-mail, notes"
                value={filters.q}
                onInput={(event) => update({ q: event.currentTarget.value })}
              />
            </div>
          )}
        </Field>
        {view === "list" && (
          <SelectField
            label="Stage"
            value={filters.stage}
            onValue={(stage) => update({ stage })}
            options={[["", "All stages"], ...STAGES]}
          />
        )}
        <SelectField
          label="Connection"
          value={filters.connection}
          onValue={(connection) => update({ connection })}
          options={[["", "Any connection"], ...CONNECTIONS]}
        />
        <Field label="Tag">
          {({ id }) => (
            <input id={id} value={filters.tag} placeholder="e.g. biotech" onChange={(event) => update({ tag: event.currentTarget.value })} />
          )}
        </Field>
        <div class="filters__check">
          <Checkbox label="Due for a touch" checked={filters.due} onChange={(due) => update({ due })} />
        </div>
      </form>

      {(added || onDevice) && (
        <p class="notice" role="status">
          {added ? (
            <>
              Added <a href={`/contacts/${added.id}`}>{added.full_name}</a>.
            </>
          ) : (
            `${onDevice} is saved on this device and will be added when you are back online.`
          )}{" "}
          <button
            type="button"
            class="link-btn"
            onClick={() => {
              setAdded(null);
              setOnDevice(null);
            }}
          >
            Dismiss
          </button>
        </p>
      )}

      {view === "list" ? (
        <ContactList filters={debounced} version={version} onAdd={() => setAdding(true)} />
      ) : (
        <ContactBoard filters={debounced} version={version} />
      )}

      <QuickAddContact
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(contact) => {
          setAdding(false);
          setAdded(contact);
          setOnDevice(null);
          setVersion((n) => n + 1);
        }}
        onSavedOnDevice={(name) => {
          setAdding(false);
          setAdded(null);
          setOnDevice(name);
        }}
      />
    </div>
  );
}

/** The contacts as a windowed list over keyset pages: only rows near the viewport are in the DOM. */
function ContactList({ filters, version, onAdd }: { filters: Filters; version: number; onAdd: () => void }) {
  const [state, dispatch] = useReducer(pagedReducer<Contact>, initialPaged<Contact>());
  const listRef = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState(() => visibleRange(0, 800, 0, ROW_HEIGHT));
  const stateRef = useRef(state);
  stateRef.current = state;

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (!shouldLoadMore(current)) return;
    const generation = current.generation;
    dispatch({ type: "request", generation });
    stateRef.current = { ...current, loading: true };
    try {
      const page = await ok(api.GET("/api/v1/contacts", { params: { query: listQuery(filters, current.cursor) } }));
      dispatch({ type: "page", generation, items: page.items, nextCursor: page.next_cursor ?? null });
    } catch (error) {
      dispatch({ type: "failed", generation, error: describeError(error) });
    }
  }, [filters]);

  useEffect(() => {
    dispatch({ type: "reset" });
  }, [filters, version]);

  useEffect(() => {
    if (state.items.length === 0 && shouldLoadMore(state)) void loadMore();
  }, [state.generation]);

  const measure = useCallback(() => {
    const list = listRef.current;
    const count = stateRef.current.items.length;
    if (!list) return;
    const next = visibleRange(list.getBoundingClientRect().top, window.innerHeight, count, ROW_HEIGHT);
    setRange((current) =>
      current.start === next.start && current.end === next.end && current.padBottom === next.padBottom ? current : next,
    );
    if (count > 0 && nearEnd(next, count) && shouldLoadMore(stateRef.current)) void loadMore();
  }, [loadMore]);

  useLayoutEffect(measure, [state.items.length, measure]);
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [measure]);

  if (state.items.length === 0) {
    if (state.error) return <ErrorState message={state.error} onRetry={() => dispatch({ type: "reset" })} />;
    // (a reset bumps the generation, which starts the first page again)
    if (!state.done) return <Loading label="Loading contacts…" />;
    const filtered = Boolean(filters.q || filters.stage || filters.connection || filters.tag || filters.due);
    return filtered ? (
      <EmptyState title="No contacts match these filters." />
    ) : (
      <EmptyState title="No contacts yet.">
        <p>Start with people you already know: alumni, former supervisors, colleagues.</p>
        <Button variant="primary" onClick={onAdd}>
          Add your first contact
        </Button>
      </EmptyState>
    );
  }

  const rows = state.items.slice(range.start, range.end);
  return (
    <>
      <p class="muted list-count" aria-live="polite">
        {state.items.length}
        {state.done ? "" : "+"} contact{state.items.length === 1 ? "" : "s"}
      </p>
      <ul class="contact-list" ref={listRef} aria-label="Contacts" style={{ paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` }}>
        {rows.map((contact, index) => (
          <ContactRow key={contact.id} contact={contact} position={range.start + index + 1} total={state.done ? state.items.length : -1} />
        ))}
      </ul>
      {state.loading && <Loading label="Loading more…" />}
      {state.error && (
        <ErrorState
          message={state.error}
          onRetry={() => {
            stateRef.current = { ...stateRef.current, error: null };
            dispatch({ type: "retry" });
            void loadMore();
          }}
        />
      )}
    </>
  );
}

function ContactRow({ contact, position, total }: { contact: Contact; position: number; total: number }) {
  const { timeZone } = useSession();
  const due = contact.next_touch_due ? dueState(contact.next_touch_due, timeZone) : null;
  return (
    <li class="contact-row" aria-posinset={position} aria-setsize={total}>
      <span class="avatar" aria-hidden="true">
        {initials(contact.full_name)}
      </span>
      <span class="contact-row__main">
        <a class="contact-row__name" href={`/contacts/${contact.id}`}>
          {contact.full_name}
        </a>
        <span class="contact-row__meta">{[contact.title, contact.organization].filter(Boolean).join(" · ") || label(CONNECTIONS, contact.connection)}</span>
      </span>
      <span class="contact-row__stage">
        <Badge tone={`stage-${contact.stage}`}>{label(STAGES, contact.stage)}</Badge>
      </span>
      <span class={`contact-row__due${due === "overdue" ? " is-overdue" : ""}`}>
        {contact.next_touch_due ? (
          <>
            <span class="visually-hidden">Next touch </span>
            {due === "overdue" ? "Touch overdue " : "Touch "}
            {formatRelative(contact.next_touch_due, timeZone)}
          </>
        ) : (
          <span class="muted">No cadence</span>
        )}
      </span>
    </li>
  );
}

type Column = { items: Contact[]; cursor: string | null; loading: boolean; error: string | null };

/** Kanban by stage: drag a card to another column, or use its stage menu from the keyboard. */
function ContactBoard({ filters, version }: { filters: Filters; version: number }) {
  const [columns, setColumns] = useState<Record<string, Column>>({});
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [adding, setAdding] = useState<string | null>(null);

  const loadColumn = useCallback(
    async (stage: string, cursor: string | null) => {
      setColumns((current) => ({
        ...current,
        [stage]: { ...(current[stage] ?? { items: [], cursor: null }), loading: true, error: null },
      }));
      try {
        const page = await ok(api.GET("/api/v1/contacts", { params: { query: listQuery(filters, cursor, stage) } }));
        setColumns((current) => ({
          ...current,
          [stage]: {
            items: cursor ? (current[stage]?.items ?? []).concat(page.items) : page.items,
            cursor: page.next_cursor ?? null,
            loading: false,
            error: null,
          },
        }));
      } catch (error) {
        setColumns((current) => ({
          ...current,
          [stage]: { ...(current[stage] ?? { items: [], cursor: null }), loading: false, error: describeError(error) },
        }));
      }
    },
    [filters],
  );

  useEffect(() => {
    setColumns({});
    for (const [stage] of STAGES) void loadColumn(stage, null);
  }, [loadColumn, version]);

  const move = async (contact: Contact, stage: string) => {
    if (contact.stage === stage) return;
    const from = contact.stage;
    const moved = { ...contact, stage: stage as Schemas["Stage"] };
    const relocate = (item: Contact, source: string, target: string) =>
      setColumns((current) => ({
        ...current,
        [source]: { ...current[source], items: current[source].items.filter((c) => c.id !== item.id) },
        [target]: { ...current[target], items: [item, ...current[target].items.filter((c) => c.id !== item.id)] },
      }));
    relocate(moved, from, stage);
    try {
      const saved = await ok(
        api.PATCH("/api/v1/contacts/{contact_id}", {
          params: { path: { contact_id: contact.id } },
          body: { stage: stage as Schemas["Stage"] },
        }),
      );
      setColumns((current) => ({
        ...current,
        [stage]: { ...current[stage], items: current[stage].items.map((c) => (c.id === saved.id ? saved : c)) },
      }));
      setMessage(`Moved ${contact.full_name} to ${label(STAGES, stage)}.`);
    } catch (error) {
      relocate(contact, stage, from);
      setMessage(`Could not move ${contact.full_name}: ${describeError(error)}`);
    }
  };

  const find = (id: string) => Object.values(columns).flatMap((column) => column.items).find((c) => c.id === id);

  return (
    <>
      <p class="visually-hidden" role="status">
        {message}
      </p>
      {message && message.startsWith("Could not") && (
        <p class="form-error" role="alert">
          {message}
        </p>
      )}
      <div class="board">
        {STAGES.map(([stage, title]) => {
          const column = columns[stage];
          return (
            <section
              key={stage}
              class={`board__column${over === stage ? " is-over" : ""}`}
              aria-label={title}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                const id = event.dataTransfer?.getData("text/plain") || dragging;
                const contact = id ? find(id) : undefined;
                if (contact) void move(contact, stage);
              }}
            >
              <header class="board__header">
                <h2>{title}</h2>
                <span class="badge badge--neutral">{column ? `${column.items.length}${column.cursor ? "+" : ""}` : "…"}</span>
              </header>
              <ul class="board__cards">
                {column?.items.map((contact) => (
                  <li
                    key={contact.id}
                    class={`card-mini${dragging === contact.id ? " is-dragging" : ""}`}
                    draggable
                    onDragStart={(event) => {
                      event.dataTransfer?.setData("text/plain", contact.id);
                      setDragging(contact.id);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    <a href={`/contacts/${contact.id}`} class="card-mini__name">
                      {contact.full_name}
                    </a>
                    <span class="card-mini__meta">{contact.organization ?? label(CONNECTIONS, contact.connection)}</span>
                    <label class="card-mini__move">
                      <span class="visually-hidden">Stage for {contact.full_name}</span>
                      <select value={contact.stage} onChange={(event) => void move(contact, event.currentTarget.value)}>
                        {STAGES.map(([value, text]) => (
                          <option key={value} value={value}>
                            {text}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
              {column?.loading && <Loading label="Loading…" />}
              {column?.error && <ErrorState message={column.error} onRetry={() => void loadColumn(stage, null)} />}
              {column && !column.loading && column.items.length === 0 && !column.error && <p class="board__empty">Nobody here yet.</p>}
              {column?.cursor && !column.loading && (
                <Button size="sm" variant="ghost" onClick={() => void loadColumn(stage, column.cursor)}>
                  Load more
                </Button>
              )}
              <Button size="sm" variant="ghost" class="board__add" onClick={() => setAdding(stage)} aria-label={`Add contact to ${title}`}>
                <Icon name="plus" /> Add
              </Button>
            </section>
          );
        })}
      </div>
      <QuickAddContact
        open={adding !== null}
        initialStage={adding ?? "identified"}
        onClose={() => setAdding(null)}
        onCreated={(contact) => {
          setAdding(null);
          setColumns((current) => ({
            ...current,
            [contact.stage]: { ...current[contact.stage], items: [contact, ...(current[contact.stage]?.items ?? [])] },
          }));
        }}
        onSavedOnDevice={(name) => {
          setAdding(null);
          setMessage(`${name} is saved on this device and will be added when you are back online.`);
        }}
      />
    </>
  );
}
