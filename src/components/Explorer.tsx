import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { reportDays } from "../model/asOf.ts";
import type { Citation, Dataset } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import type { ActiveFilter } from "../model/filter.ts";
import { actorCounts, countsWithout, statusCounts } from "../model/filter.ts";
import { citedRanges } from "../model/passages.ts";
import { embedSrc, embedTitle } from "../share/embed.ts";
import { shareUrlFor } from "../share/urls.ts";
import { datasetAsOf } from "../state/asOfView.ts";
import {
  useAbsoluteHrefFor,
  useActions,
  useFilteredView,
  useHrefFor,
  usePageUrl,
} from "../state/useViewState.ts";
import { AsOfBanner } from "./AsOfBanner.tsx";
import { DetailPanel } from "./DetailPanel.tsx";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { EmptyState } from "./EmptyState.tsx";
import { EventList } from "./EventList.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { FilterBar } from "./FilterBar.tsx";
import { Header } from "./Header.tsx";
import { Notice } from "./Notice.tsx";
import { revealInScroller } from "./scrollWithin.ts";
import type { ShareChoice } from "./ShareMenu.tsx";
import { ShareMenu } from "./ShareMenu.tsx";
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
 * With the link's `asOf`, every part shows the dataset as it was reported up to that day.
 */
export function Explorer({ dataset: full, searchTexts }: ExplorerProps) {
  // `dataset` is what the link's `asOf` day knew (the full dataset without one).
  const { state, ignored, dataset, filters, index, lookups, filtered, selected } = useFilteredView(
    full,
    searchTexts,
  );
  const actions = useActions();
  const hrefFor = useHrefFor();
  const absolute = useAbsoluteHrefFor();
  const pageUrl = usePageUrl();

  // The menus' counts scan every event: done when a menu is open to show them, once per filter.
  const counts = useMemo(
    () => ({
      actors: once(() => actorCounts(index, filters)),
      status: once(() => statusCounts(index, filters)),
      without: filtered.length === 0 ? countsWithout(index, filters) : new Map(),
    }),
    [index, filters, filtered.length],
  );

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

  // Focus: opening from the list or the timeline moves focus into the panel; closing returns it to
  // the opener. The page stays where it was throughout: on a phone the panel is a sheet over it,
  // and closing the sheet puts the reader back where they tapped.
  const openerRef = useRef<HTMLElement | null>(null);
  const scrollRef = useRef<number | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const openEvent = useCallback(
    (id: string, opener: HTMLElement | null) => {
      openerRef.current = opener ?? (document.activeElement as HTMLElement | null);
      scrollRef.current ??= window.scrollY;
      actions.selectEvent(id);
      setFocusToken((t) => t + 1);
    },
    [actions],
  );
  const closeEvent = useCallback(() => {
    const closing = state.event;
    actions.selectEvent(null);
    const opener = openerRef.current;
    const scrollY = scrollRef.current;
    openerRef.current = null;
    scrollRef.current = null;
    requestAnimationFrame(() => {
      const target =
        opener?.isConnected && opener !== document.body
          ? opener
          : document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(closing ?? "")}"]`);
      target?.focus({ preventScroll: true });
      if (target) revealInScroller(target);
      if (scrollY !== null) window.scrollTo({ top: scrollY });
    });
  }, [actions, state.event]);

  // Clear all empties the filters and the date boxes' typed text, then puts focus in the search
  // box (or, where the filters are folded away, on the count it changed).
  const searchRef = useRef<HTMLInputElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const [clears, setClears] = useState(0);
  const clearAll = useCallback(() => {
    actions.clearFilters();
    setClears((c) => c + 1);
    const search = searchRef.current;
    if (search && search.getClientRects().length > 0) search.focus();
    else countRef.current?.focus();
  }, [actions]);

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

  const hrefForEvent = (id: string): string =>
    hrefFor({ ...state, event: id, source: null, passage: null });
  /** A passage of a source, and its words. */
  type PassageRef = Pick<Citation, "source" | "start" | "end" | "exact">;
  const passageUrl = (passage: PassageRef): string =>
    absolute({
      ...state,
      source: passage.source,
      passage: { start: passage.start, end: passage.end },
    });

  // The Share menu's choices: the view; the open event's own page; the passage being read, or
  // else the open event's first. The same menu sits in the header and in the source reader.
  const passage: PassageRef | null =
    source && state.passage
      ? {
          source: source.id,
          ...state.passage,
          exact: source.text.slice(state.passage.start, state.passage.end),
        }
      : (selected?.citations[0] ?? null);
  const shareChoices: ShareChoice[] = [
    {
      id: "view",
      label: "This view",
      detail: "The explorer as you see it, filters and all",
      text: () => absolute(state),
    },
    ...(selected
      ? [
          {
            id: "event",
            label: "This event",
            detail: "Its own page, with its sources and a preview card",
            text: () => shareUrlFor(selected.id, document.baseURI),
          },
        ]
      : []),
    ...(passage
      ? [
          {
            id: "passage",
            label: "This passage",
            detail: `The article open at “${passage.exact}”`,
            text: () => passageUrl(passage),
          },
        ]
      : []),
    {
      id: "embed",
      label: "Embed",
      detail: "An iframe code for a story, with a preview",
      open: () => {
        setEmbedding(true);
      },
    },
  ];

  // A day the open event or source was not yet reported by closes them, in the same history entry.
  const setAsOf = (day: string | null) => {
    const known = indexDataset(day === null ? full : datasetAsOf(full, day, searchTexts).dataset);
    actions.setAsOf(day, {
      event: state.event !== null && !known.events.has(state.event),
      source: state.source !== null && !known.sources.has(state.source),
    });
  };

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
      <Header dataset={dataset} asOf={state.asOf}>
        <ShareMenu choices={shareChoices} />
        <ExportMenu dataset={dataset} events={filtered} asOf={state.asOf} />
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
        clears={clears}
        onClearAll={clearAll}
        searchRef={searchRef}
        countRef={countRef}
        asOf={state.asOf}
        reportDays={reportDays(full.sources)}
        onAsOfChange={setAsOf}
      />
      {state.asOf !== null && (
        <AsOfBanner
          asOf={state.asOf}
          articles={{ shown: dataset.sources.length, total: full.sources.length }}
          onToday={() => {
            setAsOf(null);
          }}
        />
      )}
      <main className={selected ? "workspace has-detail" : "workspace"} id="main">
        <Timeline
          events={filtered}
          selected={selected}
          groupBy={state.group}
          window={state.window}
          actorNames={lookups.actorNames}
          sources={dataset.sources}
          asOf={state.asOf}
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
                onClearAll={clearAll}
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
        shareChoices={shareChoices}
        onOpenEvent={actions.openEventFromSource}
        onClose={actions.closeSource}
      />
      <EmbedDialog
        open={embedding}
        onClose={closeEmbed}
        src={embedSrc(pageUrl(), state)}
        title={embedTitle(dataset.title, selected?.title ?? null)}
      />
    </div>
  );
}
