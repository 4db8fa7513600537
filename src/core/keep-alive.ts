/**
 * Keeps the process alive while calls are pending, and only then (issue #14).
 *
 * A call can spend time where nothing of its own holds Node's event loop: queued behind a paused
 * limiter (the pause ends on an unref'd timer, so that an idle client never holds the process), or
 * between a connection's events. A plain script whose only work is that call would then exit before
 * it settles — Node prints "Detected unsettled top-level await" (ESM) or exits 0 and drops the result
 * (CommonJS `.then`). So every pending call takes a hold here, from the moment it is sent until it
 * settles: while any hold is taken, one ref'd interval keeps the loop alive; when the last is
 * released, the interval is cleared and nothing chartstack started keeps the process open.
 *
 * Runtimes without a process (Workers, browsers) simply get a timer that does nothing.
 */
let holds = 0;
let handle: ReturnType<typeof setInterval> | undefined;
/** Longest delay timers accept (about 24.8 days): the interval never fires in practice. */
const NEVER = 2 ** 31 - 1;
const noop = () => undefined;

/** Holds the process open until the returned function is called (calling it twice is harmless). */
export function holdProcess(): () => void {
  if (holds++ === 0) handle = setInterval(noop, NEVER);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0 && handle !== undefined) {
      clearInterval(handle);
      handle = undefined;
    }
  };
}

/** How many calls hold the process right now (tests). */
export function pendingHolds(): number {
  return holds;
}
