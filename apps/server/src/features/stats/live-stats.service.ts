/** The public live counter: the whole programme against its goal, and the current phase. */
import { inWindow, toVietnamIso, type LiveStats } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { findCurrentPhase, findProgrammeById, listPhases } from '../programmes/programmes.repository.ts';
import { presentPhaseRef } from '../programmes/programmes.service.ts';
import { findRootUnit } from '../units/units.repository.ts';
import { totalsForPhases } from './stats.repository.ts';
import { percent } from './stats.rules.ts';

export async function liveStats(db: DbOrTx, now: Date): Promise<LiveStats> {
  const [phase, root] = await Promise.all([findCurrentPhase(db, now), findRootUnit(db)]);
  const programme = phase ? await findProgrammeById(db, phase.programmeId) : undefined;
  const phases = programme ? await listPhases(db, programme.id) : [];
  const totals = await totalsForPhases(
    db,
    phases.map((p) => p.id),
  );
  const sum = { submissions: 0, valid: 0, pending: 0, invalid: 0 };
  for (const row of totals.values()) {
    sum.submissions += row.submissions;
    sum.valid += row.valid;
    sum.pending += row.pending;
    sum.invalid += row.invalid;
  }
  return {
    programme: programme ? { code: programme.code, name: programme.name, goal: programme.goal } : null,
    phase: phase ? { ...presentPhaseRef(phase), open: inWindow(now, phase.startsAt, phase.endsAt) } : null,
    root: root ? { code: root.code, name: root.name } : null,
    ...sum,
    goal_percent: percent(sum.submissions, programme?.goal),
    phase_submissions: phase ? (totals.get(phase.id)?.submissions ?? 0) : 0,
    as_of: toVietnamIso(now),
  };
}
