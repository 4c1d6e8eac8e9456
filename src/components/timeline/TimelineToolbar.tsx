import type { GroupBy } from "../../model/viewState.ts";

export type TimelineToolbarProps = {
  groupBy: GroupBy;
  onEarlier: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  onLater: () => void;
  onGroupChange: (group: GroupBy) => void;
};

/** The timeline's heading, its zoom and pan buttons (the keyboard's way to move it) and lanes. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar">
      <h2 id="timeline-heading" className="section-title">
        Timeline
      </h2>
      <div className="toolbar-group" role="group" aria-label="Zoom and pan">
        <button type="button" className="tool" onClick={props.onEarlier}>
          <span aria-hidden="true">←</span>
          <span className="tool-text">Earlier</span>
        </button>
        <button type="button" className="tool" onClick={props.onZoomIn}>
          <span aria-hidden="true">+</span>
          <span className="tool-text">Zoom in</span>
        </button>
        <button type="button" className="tool" onClick={props.onZoomOut}>
          <span aria-hidden="true">−</span>
          <span className="tool-text">Zoom out</span>
        </button>
        <button type="button" className="tool" onClick={props.onFitAll}>
          Fit all
        </button>
        <button type="button" className="tool" onClick={props.onLater}>
          <span className="tool-text">Later</span>
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <label className="lanes">
        <span>Lanes</span>
        <select
          value={props.groupBy}
          onChange={(e) => {
            props.onGroupChange(e.target.value as GroupBy);
          }}
        >
          <option value="none">None</option>
          <option value="actor">By actor</option>
          <option value="status">By status</option>
        </select>
      </label>
    </div>
  );
}
