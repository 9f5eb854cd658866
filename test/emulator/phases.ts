// A call is a list of planned phases with absolute start times; the last one is terminal.
// Its state at any moment is read from the list, so no timers are needed.

export interface Phase { status: string; at: number }

export function statusAt(phases: Phase[], now: number): string {
  let status = phases[0]?.status ?? 'unknown';
  for (const phase of phases) if (phase.at <= now) status = phase.status;
  return status;
}

/** When `status` began, if it has by `now`. */
export function reachedAt(phases: Phase[], status: string, now: number): number | undefined {
  const phase = phases.find((p) => p.status === status);
  return phase && phase.at <= now ? phase.at : undefined;
}

export const endsAt = (phases: Phase[]): number => phases[phases.length - 1]?.at ?? 0;
export const isOver = (phases: Phase[], now: number): boolean => endsAt(phases) <= now;

/** Plan phases from a start time and [status, duration] steps; the last step is terminal. */
export function plan(start: number, steps: [string, number][]): Phase[] {
  let at = start;
  return steps.map(([status, ms]) => {
    const phase = { status, at };
    at += ms;
    return phase;
  });
}

/** End the call now: keep the phases already reached, then `terminal`. */
export function cut(phases: Phase[], now: number, terminal: string): Phase[] {
  return [...phases.filter((p) => p.at <= now && p !== phases[phases.length - 1]), { status: terminal, at: now }];
}
