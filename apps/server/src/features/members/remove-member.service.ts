/** Taking a member off the roster: only one entered by mistake (no account, no initiatives), audited. */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { forbidden } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { requireMember, snapshot } from './members.service.ts';
import { deleteMember, memberReferences } from './members.repository.ts';

export async function removeMember(database: Database, actor: Actor | null, code: string, now: Date) {
  return database.db.transaction(async (tx) => {
    const { member, unit } = await requireMember(tx, actor, code);
    if (!canAdminister(actor, unit)) throw forbidden('xóa đoàn viên này');
    const refs = await memberReferences(tx, member.id);
    if (refs.has_account || refs.has_initiatives) {
      const why = refs.has_account ? 'đã có tài khoản' : 'đã có sáng kiến';
      throw new AppError(
        'rule_broken',
        `Không xóa được đoàn viên "${member.code}": người này ${why}. Nếu họ chuyển đi, hãy chuyển sang công đoàn cơ sở mới.`,
      );
    }
    await deleteMember(tx, member.id);
    await recordAudit(tx, {
      at: now,
      accountId: actor!.accountId,
      action: 'delete',
      entity: 'member',
      entityKey: member.code,
      unitId: unit.id,
      before: snapshot(member, unit.code),
    });
    return { removed: member.code };
  });
}
