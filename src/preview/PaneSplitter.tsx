/**
 * The bar between the preview's workbook and its task pane: drag it, or focus it and use the arrow keys
 * (Home and End for the narrowest and widest), to make the pane wider, as Excel's own pane can be. The
 * pane opens at Excel's width, 320 px, and never gets narrower.
 */
import type { KeyboardEvent, PointerEvent } from "react";

/** Excel's task pane opens about 320 px wide; the preview opens it at that width. */
export const PANE_WIDTH = 320;
export const PANE_MAX_WIDTH = 800;
/** One arrow key press; Page Up / Page Down move four times as far. */
const STEP = 16;

/** The widest the pane may be in a window `windowWidth` wide: some of the workbook stays in view. */
export function widestPane(windowWidth: number): number {
  return Math.max(PANE_WIDTH, Math.min(PANE_MAX_WIDTH, windowWidth - 240));
}

export function clampPane(width: number, windowWidth: number): number {
  return Math.round(Math.min(widestPane(windowWidth), Math.max(PANE_WIDTH, width)));
}

interface Props {
  width: number;
  onResize: (width: number) => void;
  /** The id of the pane the bar resizes. */
  controls: string;
}

export function PaneSplitter({ width, onResize, controls }: Props) {
  const resize = (next: number) => {
    onResize(clampPane(next, window.innerWidth));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The pane is on the right: moving the bar left makes it wider.
    const moves: Record<string, number> = {
      ArrowLeft: STEP,
      ArrowRight: -STEP,
      PageUp: 4 * STEP,
      PageDown: -4 * STEP,
    };
    const move = moves[event.key];
    if (move !== undefined) resize(width + move);
    else if (event.key === "Home") resize(PANE_WIDTH);
    else if (event.key === "End") resize(PANE_MAX_WIDTH);
    else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    // The bar's right edge meets the pane: the pane reaches from the pointer to the window's edge.
    resize(window.innerWidth - event.clientX - event.currentTarget.offsetWidth / 2);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Task pane width"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={PANE_WIDTH}
      aria-valuemax={widestPane(window.innerWidth)}
      tabIndex={0}
      data-testid="pane-splitter"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
    />
  );
}
