import { useMemo, useState } from "react";
import type { Dataset } from "../../model/dataset.ts";
import { indexDataset } from "../../model/datasetIndex.ts";
import type { GroupBy } from "../../model/viewState.ts";
import { DetailPanel } from "../../components/DetailPanel.tsx";
import { EventList } from "../../components/EventList.tsx";
import { Timeline } from "../../components/timeline/Timeline.tsx";
import "./Preview.css";

export type PreviewProps = { dataset: Dataset };

/**
 * The article's events as readers will see them, drawn by the explorer's own timeline, event list
 * and detail panel: dates with their precision, status styles, and the passages cited.
 */
export function Preview({ dataset }: PreviewProps) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [group, setGroup] = useState<GroupBy>("none");
  const selected = (selectedId === null ? undefined : index.events.get(selectedId)) ?? null;
  const noop = (): void => undefined;
  return (
    <div>
      <div className="cpv-timeline">
        <Timeline
          events={dataset.events}
          selected={selected}
          groupBy={group}
          window={null}
          actorNames={index.actorNames}
          sources={dataset.sources}
          onSelect={setSelectedId}
          onWindowChange={noop}
          onGroupChange={setGroup}
        />
      </div>
      <div className="cpv-panes">
        <EventList
          events={dataset.events}
          selectedId={selectedId}
          actorNames={index.actorNames}
          onOpen={(id) => {
            setSelectedId(id);
          }}
        />
        <DetailPanel
          event={selected}
          actors={index.actors}
          places={index.places}
          events={index.events}
          sources={index.sources}
          focusToken={0}
          hrefForEvent={(id) => `#preview-${id}`}
          onClose={() => {
            setSelectedId(null);
          }}
          onFilterActor={noop}
          onSelectEvent={setSelectedId}
          onReadSource={noop}
        />
      </div>
    </div>
  );
}
