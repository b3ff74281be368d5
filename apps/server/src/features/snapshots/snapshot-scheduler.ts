/**
 * The in-process weekly snapshot clock. Every process of a deployment may run it: the snapshot's
 * unique key makes the first one take it and the others do nothing.
 */
import type { Db } from '../../db/client.ts';
import { takeSnapshot } from './snapshots.service.ts';
import { lastDueMoment, type SnapshotSchedule } from './snapshots.rules.ts';

/** A moment missed by more than this (server down over the weekend) is not taken late. */
const LATE_LIMIT_MS = 24 * 60 * 60 * 1000;

export function startSnapshotScheduler(
  db: Db,
  schedule: SnapshotSchedule,
  clock: () => Date,
  onError: (error: unknown) => void,
  intervalMs = 60_000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = clock();
      const due = lastDueMoment(now, schedule);
      if (now.getTime() - due.getTime() <= LATE_LIMIT_MS) await takeSnapshot(db, { at: due, onlyOpen: true });
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
