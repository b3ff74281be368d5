/** GET /initiatives/{code}/request-form.docx: the official request form, for anyone who may see it. */
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../access/access.policy.ts';
import { getInitiative } from './initiatives.service.ts';
import { renderRequestForm } from './request-form-docx.ts';

export async function requestFormFile(db: DbOrTx, actor: Actor | null, code: string, now: Date) {
  const detail = await getInitiative(db, actor, code);
  const body = await renderRequestForm(detail, `Hội đồng sáng kiến ${detail.unit.name}`, now);
  return { body, fileName: `don-yeu-cau-cong-nhan-sang-kien-${detail.code}.docx` };
}
