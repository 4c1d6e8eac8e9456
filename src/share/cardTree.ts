/**
 * A link-preview card's picture as a tree of plain `{ type, props }` elements with inline styles,
 * the shape that satori (the build's SVG renderer, scripts/vite/cards/) takes in place of React
 * elements. Every string from the data goes in as a text child, never as an element type,
 * attribute or style, so markup in a title is drawn as the characters it is. The layout decisions
 * live in cardLayout.ts; this module places their results. What the card says is cardContent.ts's,
 * its colours cardPalette.ts's.
 */
import type { CardContent, EventCard } from "./cardContent.ts";
import { CARD_HEIGHT, CARD_WIDTH, citedByLine, datelineLine } from "./cardContent.ts";
import type { StripLayout, StripMark } from "./cardLayout.ts";
import { layoutStrip, statusBadgeStyle } from "./cardLayout.ts";
import type { TextMetrics, TextStep, TextStyle } from "./cardText.ts";
import { drawableText, fitText, wrapText } from "./cardText.ts";
import type { CardPalette } from "./cardPalette.ts";
import { withAlpha } from "./cardPalette.ts";

/** An inline style: CSS properties in camelCase, as satori takes them. */
export type CardStyle = Readonly<Record<string, string | number>>;

/** An element of the card's picture: a box, or the app's icon. */
export type CardNode =
  | {
      readonly type: "div";
      readonly props: {
        readonly style: CardStyle;
        readonly children?: string | readonly CardNode[];
      };
    }
  | {
      readonly type: "img";
      readonly props: {
        readonly style: CardStyle;
        readonly src: string;
        readonly width: number;
        readonly height: number;
      };
    };

/** What drawing a card needs besides its content. */
export type CardKit = {
  metrics: TextMetrics;
  palette: CardPalette;
  /** The font family the renderer registers the card's font under. */
  fontFamily: string;
  /** The app's icon as a data URL (public/favicon.svg), drawn beside the corpus title. */
  logo?: string | undefined;
};

// The card's grid, in pixels. Everything is placed at fixed positions so that no text, however
// long, can push anything else: each block's room is decided here and its text fitted to it.
const PAD_X = 64;
const INNER = CARD_WIDTH - 2 * PAD_X;
/** Text is fitted a little narrower than its box, for rounding in the renderer. */
const TEXT_SLACK = 4;
const BAR = 10;
const HEADER_Y = 46;
const HEADER_H = 44;
const HEADER_STYLE: TextStyle = { size: 26, weight: 400 };
const KICKER_Y = HEADER_Y + HEADER_H + 34;
const KICKER_STYLE: TextStyle = { size: 36, weight: 400 };
const KICKER_H = 46;
const TITLE_Y = KICKER_Y + KICKER_H + 10;
const EVENT_TITLE_STEPS: readonly TextStep[] = [
  { style: { size: 64, weight: 700 }, lineHeight: 74, maxLines: 2 },
  { style: { size: 54, weight: 700 }, lineHeight: 62, maxLines: 3 },
  { style: { size: 46, weight: 700 }, lineHeight: 53, maxLines: 4 },
];
/** An article card also has an attribution line and a count under its title, so less title. */
const ARTICLE_TITLE_STEPS: readonly TextStep[] = [
  { style: { size: 64, weight: 700 }, lineHeight: 74, maxLines: 2 },
  { style: { size: 54, weight: 700 }, lineHeight: 62, maxLines: 2 },
  { style: { size: 46, weight: 700 }, lineHeight: 53, maxLines: 3 },
];
const BADGE_STYLE: TextStyle = { size: 24, weight: 700 };
const BADGE_H = 44;
const NOTE_STYLE: TextStyle = { size: 26, weight: 400 };
const ATTRIBUTION_STYLE: TextStyle = { size: 28, weight: 400 };
const COUNT_STYLE: TextStyle = { size: 26, weight: 700 };
const BOTTOM = 30;
const TICK_LABEL_STYLE: TextStyle = { size: 21, weight: 400 };
const DATELINE_LABEL_STYLE: TextStyle = { size: 21, weight: 700 };
const STRIP_LABEL_H = 30;
const TICK_H = 10;
const STRIP_FOOT_H = 42;

/** The strip's lanes: an event card draws its one event large; an article card stacks its events. */
type StripGeometry = { lanes: number; laneHeight: number; markHeight: number; pointRadius: number };
const EVENT_STRIP: StripGeometry = { lanes: 1, laneHeight: 40, markHeight: 22, pointRadius: 13 };
const ARTICLE_STRIP: StripGeometry = { lanes: 3, laneHeight: 26, markHeight: 14, pointRadius: 9 };

/** The strip's height: dateline labels, the lanes used, the axis and its labels. */
function stripHeight(lanes: number, geometry: StripGeometry): number {
  return STRIP_LABEL_H + lanes * geometry.laneHeight + STRIP_FOOT_H;
}

function div(style: CardStyle, children?: string | readonly CardNode[]): CardNode {
  return children === undefined
    ? { type: "div", props: { style } }
    : { type: "div", props: { style, children } };
}

/** A line of text at (x, y): one text child, never wrapped again by the renderer. */
function textLine(
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  lineHeight: number,
  color: string,
  extra: CardStyle = {},
): CardNode {
  return div(
    {
      position: "absolute",
      left: x,
      top: y,
      height: lineHeight,
      display: "flex",
      alignItems: "center",
      fontSize: style.size,
      fontWeight: style.weight,
      lineHeight: `${String(lineHeight)}px`,
      whiteSpace: "pre",
      color,
      ...extra,
    },
    text,
  );
}

/** `text` made drawable and cut to one line of `width` at `style`. */
function oneLine(text: string, style: TextStyle, width: number, metrics: TextMetrics): string {
  const wrapped = wrapText(drawableText(text, metrics.covers), style, width, 1, metrics);
  return wrapped.lines[0] ?? "";
}

/** The painted box of a range mark, in the timeline's style for its status and shape. */
function rangePaint(mark: StripMark, c: string): CardStyle {
  const border = mark.style.border;
  switch (mark.style.paint) {
    case "solid":
      return { backgroundColor: c };
    case "tint":
      return { backgroundColor: withAlpha(c, 0.16), border: `2px ${border} ${c}` };
    case "stripes":
      return {
        backgroundImage: `repeating-linear-gradient(90deg, ${c} 0px, ${c} 6px, ${withAlpha(c, 0)} 6px, ${withAlpha(c, 0)} 9px)`,
      };
    case "hatch": {
      const anticipated = border !== "solid" || mark.status === "planned";
      const ink = anticipated ? withAlpha(c, 0.55) : c;
      return {
        backgroundImage: `repeating-linear-gradient(135deg, ${ink} 0px, ${ink} 2px, ${withAlpha(c, 0)} 2px, ${withAlpha(c, 0)} 5px)`,
        border: `${anticipated ? 2 : 1}px ${border === "none" ? "solid" : border} ${c}`,
      };
    }
    case "fade-in":
      return { backgroundImage: `linear-gradient(to right, ${withAlpha(c, 0)}, ${c} 85%)` };
    case "fade-out":
      return { backgroundImage: `linear-gradient(to left, ${withAlpha(c, 0)}, ${c} 85%)` };
  }
}

/** The timeline strip: the axis and its ticks, dateline rules and labels, the events in lanes. */
function stripNodes(
  layout: StripLayout,
  top: number,
  geometry: StripGeometry,
  palette: CardPalette,
): CardNode[] {
  const axisY = top + STRIP_LABEL_H + layout.lanes * geometry.laneHeight + 4;
  const nodes: CardNode[] = [
    div({
      position: "absolute",
      left: PAD_X,
      top: axisY,
      width: INNER,
      height: 2,
      backgroundColor: palette.rule,
    }),
  ];
  for (const tick of layout.ticks) {
    nodes.push(
      div({
        position: "absolute",
        left: PAD_X + tick.x - 1,
        top: axisY,
        width: 2,
        height: TICK_H,
        backgroundColor: palette.rule,
      }),
    );
    if (tick.label !== "") {
      nodes.push(
        textLine(tick.label, PAD_X + tick.x + 8, axisY + 6, TICK_LABEL_STYLE, 30, palette.muted),
      );
    }
  }
  for (const rule of layout.datelines) {
    nodes.push(
      div({
        position: "absolute",
        left: PAD_X + rule.x - 1.5,
        top,
        width: 3,
        height: axisY + TICK_H - top,
        backgroundColor: palette.dateline,
      }),
    );
    if (rule.labelled) {
      nodes.push(
        textLine(rule.label, PAD_X + rule.labelX, top, DATELINE_LABEL_STYLE, 26, palette.dateline),
      );
    }
  }
  for (const mark of layout.marks) {
    const c = palette.status[mark.status];
    const centre = top + STRIP_LABEL_H + mark.lane * geometry.laneHeight + geometry.laneHeight / 2;
    if (mark.point) {
      const r = geometry.pointRadius;
      const ring = mark.style.paint === "tint";
      nodes.push(
        div({
          position: "absolute",
          left: PAD_X + mark.x - r,
          top: centre - r,
          width: 2 * r,
          height: 2 * r,
          borderRadius: "50%",
          backgroundColor: ring ? palette.paper : c,
          border: `3px ${ring ? mark.style.border : "solid"} ${c}`,
        }),
      );
    } else {
      nodes.push(
        div({
          position: "absolute",
          left: PAD_X + mark.x,
          top: centre - geometry.markHeight / 2,
          width: mark.width,
          height: geometry.markHeight,
          borderRadius: 3,
          ...rangePaint(mark, c),
        }),
      );
    }
  }
  return nodes;
}

/**
 * The status badge, styled as the app's, and the day the status holds on; for an event told by
 * several articles, after it, how many and what changed, cut to the room the badge leaves.
 */
function statusRow(card: EventCard, y: number, kit: CardKit): CardNode {
  const badge = statusBadgeStyle(card.status);
  const c = kit.palette.status[card.status];
  const note =
    card.story === null
      ? `as of ${card.asOf}`
      : oneLine(
          `as of ${card.asOf} · ${card.story}`,
          NOTE_STYLE,
          INNER -
            TEXT_SLACK -
            18 -
            (kit.metrics.width(badge.label, BADGE_STYLE) + 2 * 14 + 2 * 3 + badge.label.length),
          kit.metrics,
        );
  return div(
    {
      position: "absolute",
      left: PAD_X,
      top: y,
      height: BADGE_H,
      display: "flex",
      alignItems: "center",
    },
    [
      div(
        {
          display: "flex",
          alignItems: "center",
          height: BADGE_H,
          padding: "0 14px",
          borderRadius: 6,
          border: `3px ${badge.border} ${c}`,
          backgroundColor: badge.filled ? c : kit.palette.paper,
          color: badge.filled ? kit.palette.paper : c,
          fontSize: BADGE_STYLE.size,
          fontWeight: BADGE_STYLE.weight,
          letterSpacing: 1,
          ...(badge.struckThrough ? { textDecoration: "line-through" } : {}),
        },
        badge.label,
      ),
      div(
        {
          display: "flex",
          marginLeft: 18,
          fontSize: NOTE_STYLE.size,
          color: kit.palette.muted,
          whiteSpace: "pre",
        },
        note,
      ),
    ],
  );
}

/**
 * The picture of `card` as satori's element tree: a coloured bar (the event's status colour, or
 * the dateline red for an article), the corpus title, the date label or dateline, the title fitted
 * to its room (see fitText), the status badge or the article's attribution and count, and the
 * timeline strip along the bottom. A pure function of the card, the font's metrics and the palette:
 * the build hashes its result to decide whether a card must be drawn again.
 */
export function cardTree(card: CardContent, kit: CardKit): CardNode {
  const { metrics, palette } = kit;
  const width = INNER - TEXT_SLACK;
  const nodes: CardNode[] = [
    div({
      position: "absolute",
      left: 0,
      top: 0,
      width: CARD_WIDTH,
      height: BAR,
      backgroundColor: card.kind === "event" ? palette.status[card.status] : palette.dateline,
    }),
  ];
  const logoSize = HEADER_H;
  const headerX = kit.logo === undefined ? PAD_X : PAD_X + logoSize + 16;
  if (kit.logo !== undefined) {
    nodes.push({
      type: "img",
      props: {
        src: kit.logo,
        width: logoSize,
        height: logoSize,
        style: {
          position: "absolute",
          left: PAD_X,
          top: HEADER_Y,
          width: logoSize,
          height: logoSize,
        },
      },
    });
  }
  nodes.push(
    textLine(
      oneLine(card.corpusTitle, HEADER_STYLE, CARD_WIDTH - PAD_X - headerX - TEXT_SLACK, metrics),
      headerX,
      HEADER_Y,
      HEADER_STYLE,
      HEADER_H,
      palette.muted,
    ),
  );
  const kicker = card.kind === "event" ? card.dateLabel : datelineLine(card);
  nodes.push(
    textLine(
      oneLine(kicker, KICKER_STYLE, width, metrics),
      PAD_X,
      KICKER_Y,
      KICKER_STYLE,
      KICKER_H,
      palette.ink,
    ),
  );
  const title = fitText(
    drawableText(card.title, metrics.covers),
    width,
    card.kind === "event" ? EVENT_TITLE_STEPS : ARTICLE_TITLE_STEPS,
    metrics,
  );
  const { style, lineHeight } = title.step;
  title.lines.forEach((line, i) => {
    nodes.push(textLine(line, PAD_X, TITLE_Y + i * lineHeight, style, lineHeight, palette.ink));
  });
  const below = TITLE_Y + title.lines.length * lineHeight;
  const geometry = card.kind === "event" ? EVENT_STRIP : ARTICLE_STRIP;
  const strip = layoutStrip(
    {
      width: INNER,
      events: card.strip.events,
      datelines: card.strip.datelines,
      maxLanes: geometry.lanes,
      pointRadius: geometry.pointRadius,
      tickLabelStyle: TICK_LABEL_STYLE,
      datelineLabelStyle: DATELINE_LABEL_STYLE,
    },
    metrics,
  );
  const stripTop = CARD_HEIGHT - BOTTOM - stripHeight(strip.lanes, geometry);
  if (card.kind === "event") {
    nodes.push(statusRow(card, below + 24, kit));
  } else {
    nodes.push(
      textLine(
        oneLine(card.attribution, ATTRIBUTION_STYLE, width, metrics),
        PAD_X,
        below + 14,
        ATTRIBUTION_STYLE,
        38,
        palette.muted,
      ),
      textLine(citedByLine(card.eventCount), PAD_X, below + 56, COUNT_STYLE, 34, palette.ink),
    );
  }
  nodes.push(...stripNodes(strip, stripTop, geometry, palette));
  return div(
    {
      position: "relative",
      display: "flex",
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: palette.paper,
      color: palette.ink,
      fontFamily: kit.fontFamily,
    },
    nodes,
  );
}
