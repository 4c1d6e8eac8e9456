import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Citation, Dataset } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import type { ActiveFilter } from "../model/filter.ts";
import {
  actorCounts,
  buildFilterIndex,
  countsWithout,
  filterEvents,
  filtersOf,
  sameFilters,
  statusCounts,
} from "../model/filter.ts";
import { citedRanges } from "../model/passages.ts";
import { embedSrc, embedTitle } from "../share/embed.ts";
import type { ViewState } from "../model/viewState.ts";
import { useActions, useDatasetCheck, useHrefFor, useViewState } from "../state/useViewState.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { DetailPanel } from "./DetailPanel.tsx";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { EmptyState } from "./EmptyState.tsx";
import { EventList } from "./EventList.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { FilterBar } from "./FilterBar.tsx";
import { Header } from "./Header.tsx";
import { Notice } from "./Notice.tsx";
import { SourceReader } from "./SourceReader.tsx";
import { Timeline } from "./timeline/Timeline.tsx";

/** `make`, called at most once, on first use. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

export type ExplorerProps = {
  dataset: Dataset;
  /** The events' search texts, when the dataset check has already built them (filter.ts). */
  searchTexts?: readonly string[];
};

/**
 * The explorer: masthead, filters, timeline, event list, detail panel and source reader, all views
 * of one state that lives in the URL. Everything that changes it goes through the named actions.
 */
export function Explorer({ dataset, searchTexts }: ExplorerProps) {
  useDatasetCheck(dataset);
  const state = useViewState((s) => s.state);
  const ignored = useViewState((s) => s.ignored);
  // The filters as one value that keeps its identity until a filter changes: a pan or a
  // selection must not filter again.
  const filters = useViewState((s) => filtersOf(s.state), sameFilters);
  const actions = useActions();
  const hrefFor = useHrefFor();

  const index = useMemo(() => buildFilterIndex(dataset, searchTexts), [dataset, searchTexts]);
  const lookups = indexDataset(dataset);
  const filtered = useMemo(() => filterEvents(index, filters), [index, filters]);
  // The menus' counts scan every event: done when a menu is open to show them, once per filter.
  const counts = useMemo(
    () => ({
      actors: once(() => actorCounts(index, filters)),
      status: once(() => statusCounts(index, filters)),
      without: filtered.length === 0 ? countsWithout(index, filters) : new Map(),
    }),
    [index, filters, filtered.length],
  );

  const selected = state.event === null ? null : (lookups.events.get(state.event) ?? null);
  const source = state.source === null ? null : (lookups.sources.get(state.source) ?? null);
  const ranges = useMemo(() => (source ? citedRanges(dataset, source.id) : []), [dataset, source]);
  const [embedding, setEmbedding] = useState(false);
  const closeEmbed = useCallback(() => {
    setEmbedding(false);
  }, []);

  // The page title names what is open.
  useEffect(() => {
    const parts = [source ? `${source.title} (source)` : null, selected?.title, dataset.title];
    document.title = `${parts.filter(Boolean).join(" · ")} · Dateline`;
  }, [selected, source, dataset.title]);

  // Focus: opening from the list moves focus into the panel; closing returns it to the opener.
  const openerRef = useRef<HTMLElement | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const openEvent = useCallback(
    (id: string, opener: HTMLElement | null) => {
      openerRef.current = opener ?? (document.activeElement as HTMLElement | null);
      actions.selectEvent(id);
      setFocusToken((t) => t + 1);
    },
    [actions],
  );
  const closeEvent = useCallback(() => {
    const closing = state.event;
    actions.selectEvent(null);
    const opener = openerRef.current;
    openerRef.current = null;
    requestAnimationFrame(() => {
      const target =
        opener?.isConnected && opener !== document.body
          ? opener
          : document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closing ?? "")}"]`);
      target?.focus();
    });
  }, [actions, state.event]);

  // Escape closes the detail panel (menus and the source reader handle their own Escape first).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (state.source !== null || state.event === null) return;
      event.preventDefault();
      closeEvent();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [state.source, state.event, closeEvent]);

  const absolute = (view: ViewState): string => new URL(hrefFor(view), window.location.href).href;
  const hrefForEvent = (id: string): string =>
    hrefFor({ ...state, event: id, source: null, passage: null });
  const passageUrl = (citation: Citation): string =>
    absolute({
      ...state,
      source: citation.source,
      passage: { start: citation.start, end: citation.end },
    });

  const loosen = (filter: ActiveFilter) => {
    if (filter === "search") actions.setQuery("");
    else if (filter === "actors") actions.setActors([]);
    else if (filter === "dates") actions.setDates(null, null);
    else actions.setStatuses([]);
  };

  return (
    <div className={selected ? "app has-detail" : "app"}>
      <a
        className="skip-link"
        href="#event-list"
        onClick={(e) => {
          e.preventDefault();
          const target =
            document.querySelector<HTMLElement>("#event-list button[tabindex='0']") ??
            document.getElementById("event-list");
          target?.focus();
        }}
      >
        Skip to the event list
      </a>
      <Header dataset={dataset}>
        <CopyLinkButton label="Copy link" getUrl={() => absolute(state)} />
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => {
            setEmbedding(true);
          }}
        >
          Embed
        </button>
        <ExportMenu dataset={dataset} events={filtered} />
      </Header>
      {ignored.length > 0 && <Notice ignored={ignored} onDismiss={actions.dismissNotice} />}
      <FilterBar
        filters={filters}
        actors={dataset.actors}
        actorNames={lookups.actorNames}
        actorCounts={counts.actors}
        statusCounts={counts.status}
        shown={filtered.length}
        total={dataset.events.length}
        actions={actions}
      />
      <main className="workspace" id="main">
        <Timeline
          events={filtered}
          selected={selected}
          groupBy={state.group}
          window={state.window}
          actorNames={lookups.actorNames}
          sources={dataset.sources}
          onSelect={(id) => {
            openEvent(id, null);
          }}
          onWindowChange={actions.setWindow}
          onGroupChange={actions.setGroup}
        />
        <div className="panes">
          <section
            className="list-pane"
            id="event-list"
            tabIndex={-1}
            aria-labelledby="events-heading"
          >
            <h2 id="events-heading" className="section-title">
              Events
            </h2>
            {filtered.length === 0 ? (
              <EmptyState
                filters={filters}
                without={counts.without}
                actorNames={lookups.actorNames}
                onLoosen={loosen}
                onClearAll={actions.clearFilters}
              />
            ) : (
              <EventList
                events={filtered}
                selectedId={state.event}
                actorNames={lookups.actorNames}
                onOpen={openEvent}
              />
            )}
          </section>
          <DetailPanel
            event={selected}
            actors={lookups.actors}
            places={lookups.places}
            events={lookups.events}
            sources={lookups.sources}
            focusToken={focusToken}
            hrefForEvent={hrefForEvent}
            passageUrl={passageUrl}
            onClose={closeEvent}
            onFilterActor={(id) => {
              actions.setActors([id]);
            }}
            onSelectEvent={(id) => {
              openEvent(id, null);
            }}
            onReadSource={(c) => {
              actions.openSource(c.source, { start: c.start, end: c.end });
            }}
          />
        </div>
      </main>
      <SourceReader
        source={source}
        passage={state.passage}
        ranges={ranges}
        events={lookups.events}
        hrefForEvent={hrefForEvent}
        onOpenEvent={actions.openEventFromSource}
        onClose={actions.closeSource}
      />
      <EmbedDialog
        open={embedding}
        onClose={closeEmbed}
        src={embedSrc(window.location.href, state)}
        title={embedTitle(dataset.title, selected?.title ?? null)}
      />
    </div>
  );
}
