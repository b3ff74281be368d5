/** Minutes and certificate of a closed review, for those who may see the council. */
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { reportSettingsOf } from '../report-settings/report-settings.service.ts';
import { findUnitById } from '../units/units.repository.ts';
import { certificateDocument, minutesDocument } from './council-documents.ts';
import { requireReviewParts, reviewFigures } from './council-reviews.service.ts';
import { maxTotal, type CouncilPosition } from './councils.rules.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function renderReviewDocument(
  db: DbOrTx,
  actor: Actor | null,
  ids: { councilId: number; reviewId: number },
  kind: 'minutes' | 'certificate',
  now: Date,
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const { parts } = await requireReviewParts(db, actor, ids.councilId, ids.reviewId);
  const { council, review, initiative, seats, authors } = parts;
  if (review.closedAt === null) {
    throw new AppError('rule_broken', 'Phiên xét chưa kết thúc: chưa có biên bản hay giấy chứng nhận.');
  }
  if (kind === 'certificate' && !review.recognised) {
    throw new AppError('rule_broken', 'Sáng kiến không được công nhận nên không có giấy chứng nhận.');
  }
  const settings = await reportSettingsOf(db, (await findUnitById(db, council.unit_id))!);
  const figures = reviewFigures(parts);
  const heldOn = review.closedAt ?? now;
  const body =
    kind === 'minutes'
      ? await minutesDocument({
          settings,
          councilName: council.name,
          unitName: council.unit_name,
          heldOn,
          members: seats.map((s) => ({
            name: s.display_name,
            position: s.position as CouncilPosition,
            recused: figures.recused.has(s.account_id),
          })),
          criteria: council.criteria,
          initiative: {
            code: initiative.code,
            title: initiative.title,
            authors: authors.map((a) => a.full_name),
            unitName: initiative.unit_name,
          },
          sheets: figures.counted.map((s) => {
            const seat = seats.find((x) => x.account_id === s.accountId)!;
            return {
              name: seat.display_name,
              position: seat.position as CouncilPosition,
              points: s.points,
              total: s.total,
              recognise: s.recognise,
            };
          }),
          eligible: figures.eligibleIds.length,
          votes: figures.votes,
          average: figures.average,
          recognised: review.recognised === true,
          decisionNumber: review.decisionNumber,
        })
      : await certificateDocument({
          settings,
          issuedOn: heldOn,
          councilName: council.name,
          initiative: {
            code: initiative.code,
            title: initiative.title,
            unitName: initiative.unit_name,
            fieldName: initiative.field_name,
          },
          authors: authors.map((a) => ({ name: a.full_name, jobTitle: a.job_title })),
          average: figures.average,
          maxTotal: maxTotal(council.criteria),
          decisionNumber: review.decisionNumber,
        });
  const name = kind === 'minutes' ? 'bien-ban-hop-xet' : 'giay-chung-nhan';
  return { body, contentType: DOCX, fileName: `${name}-${initiative.code}.docx` };
}
