/**
 * When the pane reads the sheet again after it changed (issue 19): a burst of changes (a paste, a
 * co-author typing, the add-in's own write) is read once, after it has been quiet for a moment; a change
 * seen while one of the pane's actions runs (a write, reading another sheet) is read once the action
 * ends; a reading that was under way when an action began is dropped, since the action's own reading
 * shows the sheet. No React and no Office: App gives it the reading and what to do with it.
 */
export interface FollowerHooks<Reading> {
  /** Reads the active sheet's funnel (one round trip). */
  read(): Promise<Reading>;
  /** Shows a reading that follows the sheet. */
  show(reading: Reading): void;
  /** Excel failed while following: shown without ending an action under way. */
  failed(error: unknown): void;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** How long the sheet must be quiet before it is read again. */
export const FOLLOW_DEBOUNCE_MS = 150;

export class SheetFollower<Reading> {
  /** Counts the actions begun: a reading that follows the sheet is dropped if one began since. */
  private begun = 0;
  private running = 0;
  private changedMeanwhile = false;
  private timer: unknown = null;
  private stopped = false;

  constructor(
    private readonly hooks: FollowerHooks<Reading>,
    private readonly debounceMs = FOLLOW_DEBOUNCE_MS,
  ) {}

  /** One of the pane's actions begins; call the function it returns when it ends, however it ends. */
  begin(): () => void {
    this.begun++;
    this.running++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running--;
      if (this.running === 0 && this.changedMeanwhile) {
        this.changedMeanwhile = false;
        void this.follow();
      }
    };
  }

  /** The sheet changed (Worksheet.onChanged). */
  changed(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.hooks.clearTimer(this.timer);
    this.timer = this.hooks.setTimer(() => {
      this.timer = null;
      // While an action runs, the sheet is read once the actions end (a write that was refused does
      // not read it again itself).
      if (this.running > 0) this.changedMeanwhile = true;
      else void this.follow();
    }, this.debounceMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.hooks.clearTimer(this.timer);
    this.timer = null;
  }

  /** Nothing began (and the follower was not stopped) since `started` was counted. */
  private undisturbedSince(started: number): boolean {
    return !this.stopped && this.begun === started && this.running === 0;
  }

  private async follow(): Promise<void> {
    const started = this.begun;
    if (!this.undisturbedSince(started)) return;
    try {
      const reading = await this.hooks.read();
      if (this.undisturbedSince(started)) this.hooks.show(reading);
    } catch (error) {
      if (!this.stopped && this.begun === started) this.hooks.failed(error);
    }
  }
}
