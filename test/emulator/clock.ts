// The call clock. Calls are planned as phases with absolute times and read lazily against
// `now()`, so nothing runs on timers: a manual clock makes tests deterministic, and `speed`
// shortens every phase (timestamps stay real, so `DescribeTelCdr` time ranges still work).

export interface Timings {
  /** The agent's phone rings (TCCC `ringing`, CCAI `assigned`, inbound queue wait). */
  agentRingMs: number;
  /** The customer's phone rings (TCCC `seatJoining`, CCAI `connecting`). */
  customerRingMs: number;
  /** Talk time until the customer hangs up. */
  talkMs: number;
}

export interface ClockOptions {
  /** Time moves only through `advance()` (tests, `--manual-clock`). */
  manual?: boolean;
  /** Manual clock start, epoch ms; default the real time at creation. */
  start?: number;
  /** Divides every emulated duration; 10 plays calls ten times faster. */
  speed?: number;
  timings?: Partial<Timings>;
}

export interface Clock {
  readonly manual: boolean;
  readonly speed: number;
  now(): number;
  advance(ms: number): number;
  /** A phase duration, scaled by the speed factor. */
  phase(name: keyof Timings): number;
  /** Any emulated duration (e.g. a retry interval), scaled by the speed factor. */
  scale(ms: number): number;
}

export const DEFAULT_TIMINGS: Timings = { agentRingMs: 2_000, customerRingMs: 3_000, talkMs: 8_000 };

export function createClock(options: ClockOptions = {}): Clock {
  const manual = options.manual ?? false;
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new Error(`speed must be a positive number, got ${speed}`);
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const base = options.start ?? Date.now();
  let offset = 0;
  const scale = (ms: number) => Math.round(ms / speed);
  return {
    manual,
    speed,
    now: () => (manual ? base : Date.now()) + offset,
    advance(ms) {
      if (!(ms >= 0)) throw new Error('advance needs a non-negative number of ms');
      offset += ms;
      return this.now();
    },
    phase: (name) => scale(timings[name]),
    scale,
  };
}
