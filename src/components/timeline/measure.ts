/**
 * The timeline's reads of the page's layout, in one place: the labels' font, the event area's
 * width, the height its rows need and the boxes of the selected item. What to do with the figures
 * is decided in src/model/timelineCanvas.ts and timelineWindow.ts, which can be tested without a
 * page. Each read is of vis-timeline's DOM as drawn (its `.vis-panel.vis-center` event area and
 * `.vis-itemset`), so callers read after its "changed" event, when it has just drawn.
 */
import type { ScreenBox } from "../../model/timelineCanvas.ts";
import type { LabelMeasure } from "../../model/timelineWindow.ts";

/**
 * A label measurer for the timeline in `container`: a 2D canvas's measureText in the labels' font
 * (0.8rem of the page's family), which costs no layout; widths are remembered per text.
 */
export function labelMeasurer(container: HTMLElement): LabelMeasure {
  const context = document.createElement("canvas").getContext("2d");
  const family = getComputedStyle(container).fontFamily;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const widths = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? "b" : "n"}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = `${bold ? "700" : "400"} ${0.8 * rem}px ${family}`;
      // Without a canvas, a generous guess per character.
      width = context ? context.measureText(text).width : text.length * 0.62 * 0.8 * rem;
      widths.set(key, width);
    }
    return width;
  };
}

function eventArea(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>(".vis-panel.vis-center");
}

/** The event area's width in CSS pixels: the canvas less any lane names (the canvas's, undrawn). */
export function eventAreaWidth(container: HTMLElement): number {
  return eventArea(container)?.clientWidth ?? container.clientWidth;
}

/**
 * The canvas height, in CSS pixels, that shows every stacked row of the view: its chrome (the
 * axis) plus the rows' height, as vis-timeline laid them out. Null before it has.
 */
export function neededCanvasHeight(container: HTMLElement): number | null {
  const itemset = container.querySelector<HTMLElement>(".vis-itemset");
  const content = parseFloat(itemset?.style.height ?? "");
  const visible = parseFloat(eventArea(container)?.style.height ?? "");
  if (!Number.isFinite(content) || !Number.isFinite(visible)) return null;
  return Math.ceil(container.clientHeight - visible + content);
}

/**
 * The event area's box and the boxes of the selected item and its parts (label, bar, dot), or
 * null when there is no event area or nothing is selected.
 */
export function selectedItemBoxes(
  container: HTMLElement,
): { area: ScreenBox; parts: ScreenBox[] } | null {
  const area = eventArea(container)?.getBoundingClientRect();
  const item = container.querySelector(".vis-item.vis-selected");
  if (!area || !item) return null;
  return {
    area,
    parts: [item, ...item.querySelectorAll("*")].map((part) => part.getBoundingClientRect()),
  };
}
