/**
 * The pane's timing when it follows the sheet (src/taskpane/sheet-follower.ts), with jest's fake timers
 * and readings resolved by hand: one reading per burst of changes; a change during an action read once
 * the action ends; a reading overtaken by an action dropped; failures shown unless an action began.
 */
import { FOLLOW_DEBOUNCE_MS, SheetFollower } from "../../src/taskpane/sheet-follower";

jest.useFakeTimers();

interface Pending {
  resolve(value: string): void;
  reject(error: unknown): void;
}

function follower() {
  const reads: Pending[] = [];
  const shown: string[] = [];
  const failures: unknown[] = [];
  const subject = new SheetFollower<string>({
    read: () =>
      new Promise<string>((resolve, reject) => {
        reads.push({ resolve, reject });
      }),
    show: (reading) => shown.push(reading),
    failed: (error) => failures.push(error),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
  });
  return { subject, reads, shown, failures };
}

/** Lets resolved promises run their continuations. */
const settle = () => Promise.resolve().then(() => Promise.resolve());

test("a burst of changes is read once, after the sheet has been quiet for the debounce", async () => {
  const { subject, reads, shown } = follower();
  for (let i = 0; i < 5; i++) {
    subject.changed();
    jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS - 10);
  }
  expect(reads).toHaveLength(0);
  jest.advanceTimersByTime(10);
  expect(reads).toHaveLength(1);
  reads[0]?.resolve("after the burst");
  await settle();
  expect(shown).toEqual(["after the burst"]);
});

test("a change seen while an action runs is read once, when the last action ends", async () => {
  const { subject, reads, shown } = follower();
  const endWrite = subject.begin();
  const endLoad = subject.begin();
  subject.changed();
  jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS);
  expect(reads).toHaveLength(0);
  endWrite();
  expect(reads).toHaveLength(0);
  endLoad();
  endLoad(); // ending twice counts once
  expect(reads).toHaveLength(1);
  reads[0]?.resolve("after the actions");
  await settle();
  expect(shown).toEqual(["after the actions"]);
  // With nothing changed during the next action, it ends without a reading.
  subject.begin()();
  expect(reads).toHaveLength(1);
});

test("a reading under way when an action begins is dropped: the action shows the sheet itself", async () => {
  const { subject, reads, shown } = follower();
  subject.changed();
  jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS);
  expect(reads).toHaveLength(1);
  const end = subject.begin();
  reads[0]?.resolve("overtaken");
  await settle();
  end();
  expect(shown).toEqual([]);
});

test("Excel failing while following is shown, unless an action began meanwhile; after stop nothing happens", async () => {
  const { subject, reads, failures } = follower();
  subject.changed();
  jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS);
  reads[0]?.reject(new Error("GeneralException"));
  await settle();
  expect(failures).toHaveLength(1);
  subject.changed();
  jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS);
  const end = subject.begin();
  reads[1]?.reject(new Error("overtaken"));
  await settle();
  end();
  expect(failures).toHaveLength(1);
  subject.stop();
  subject.changed();
  jest.advanceTimersByTime(FOLLOW_DEBOUNCE_MS * 2);
  expect(reads).toHaveLength(2);
});
