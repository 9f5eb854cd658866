import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/** The current time, refreshed every second while `ticking`. */
export function useNow(ticking: boolean): Signal<number> {
  const now = useSignal(Date.now());
  useEffect(() => {
    if (!ticking) return;
    now.value = Date.now();
    const timer = setInterval(() => (now.value = Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
