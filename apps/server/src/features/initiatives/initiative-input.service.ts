/** Turning what a member or supporter sent into the initiative's columns and its authors. */
import { foldVietnamese, normaliseText, type AuthorInput, type InitiativeContent } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { FirstApplier } from '../../db/schema/index.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { hasRole, type Actor } from '../access/access.policy.ts';
import { forbidden } from '../access/access.service.ts';
import { contributionProblem } from './initiatives.rules.ts';
import {
  findFieldByCode,
  findMembersByCodes,
  type AuthorRow,
  type InitiativeInsert,
  type MemberPlace,
} from './initiatives.repository.ts';
import { titleKey } from './similarity.rules.ts';

/** Long text keeps its line breaks; empty means absent. */
const longText = (value: string | null | undefined) => {
  if (value === undefined) return undefined;
  const text = value?.normalize('NFC').trim() ?? '';
  return text === '' ? null : text;
};
const shortText = (value: string | null | undefined) => {
  if (value === undefined) return undefined;
  const text = value === null ? '' : normaliseText(value);
  return text === '' ? null : text;
};

/** The columns named in `input` (absent keys stay as they are). */
export async function contentValues(db: DbOrTx, input: InitiativeContent): Promise<Partial<InitiativeInsert>> {
  const values: Partial<InitiativeInsert> = {};
  const set = <K extends keyof InitiativeInsert>(key: K, value: InitiativeInsert[K] | undefined) => {
    if (value !== undefined) values[key] = value;
  };
  if (input.title !== undefined) set('title', normaliseText(input.title));
  set('problem', longText(input.problem));
  set('solution', longText(input.solution));
  set('benefit', longText(input.benefit));
  set('benefitVnd', input.benefit_vnd);
  set('benefitPeriod', input.benefit_period);
  set('confidentiality', input.confidentiality);
  set('formKind', input.form_kind);
  set('investor', shortText(input.investor));
  set('applicationField', shortText(input.application_field));
  set('firstAppliedOn', input.first_applied_on);
  set('confidentialInfo', longText(input.confidential_info));
  set('applicationConditions', longText(input.application_conditions));
  set('benefitByAppliers', longText(input.benefit_by_appliers));
  set(
    'firstAppliers',
    input.first_appliers === undefined
      ? undefined
      : (input.first_appliers?.map(
          (a) =>
            Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== '')) as unknown as FirstApplier,
        ) ?? null),
  );
  set('recognitionEvidence', longText(input.recognition_evidence));
  set('awardInfo', shortText(input.award_info));
  set('showcaseConsent', input.showcase_consent);
  if (input.field_code !== undefined) {
    if (input.field_code === null || input.field_code === '') values.fieldId = null;
    else {
      const field = await findFieldByCode(db, input.field_code);
      if (!field) {
        throw badRequest('Lĩnh vực chưa đúng.', {
          field_code: `Lĩnh vực: Không có lĩnh vực mã "${input.field_code}" trong danh sách.`,
        });
      }
      values.fieldId = field.id;
    }
  }
  return values;
}

/** The folded search text and title key of the merged content. */
export function searchColumns(content: {
  title: string;
  problem: string | null;
  solution: string | null;
}): Pick<InitiativeInsert, 'searchFolded' | 'titleKey'> {
  return {
    searchFolded: foldVietnamese([content.title, content.problem, content.solution].filter(Boolean).join(' ')),
    titleKey: titleKey(content.title),
  };
}

export interface ResolvedAuthors {
  rows: Array<Omit<AuthorRow, 'initiativeId'>>;
  members: MemberPlace[];
  unitId: number;
  onBehalf: boolean;
}

/**
 * The authors in order, all members of one open grassroots unit. The caller is one of them, or
 * holds the supporter role over their unit (submitting on their behalf).
 */
export async function resolveAuthors(
  db: DbOrTx,
  actor: Actor,
  authors: readonly AuthorInput[] | undefined,
  field: 'authors' | 'author_codes',
): Promise<ResolvedAuthors> {
  const list: AuthorInput[] = authors ? [...authors] : [];
  if (list.length === 0) {
    if (!actor.memberCode) {
      throw badRequest('Tài khoản này chưa gắn với đoàn viên nào: hãy chọn tác giả.', {
        author_codes: 'Mã tác giả: Chọn đoàn viên là tác giả (nộp hộ).',
      });
    }
    list.push({ member_code: actor.memberCode });
  }
  const codes = list.map((a) => a.member_code);
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code)) {
      throw badRequest('Một đoàn viên được nhập hai lần.', {
        [`${field}.${i}`]: `Mã tác giả: "${code}" đã có trong danh sách tác giả.`,
      });
    }
    seen.add(code);
  });
  const found = new Map((await findMembersByCodes(db, codes)).map((m) => [m.code, m]));
  const members = codes.map((code, i) => {
    const member = found.get(code);
    if (!member) {
      throw badRequest('Không tìm thấy tác giả.', {
        [`${field}.${i}`]: `Mã tác giả: Không có đoàn viên mã "${code}".`,
      });
    }
    return member;
  });
  const main = members[0]!;
  if (main.unitKind !== 'grassroots' || main.unitClosed) {
    throw new AppError('rule_broken', 'Tác giả chính phải thuộc một công đoàn cơ sở đang hoạt động.', {
      [`${field}.0`]: `Mã tác giả: Đơn vị "${main.unitCode}" không phải công đoàn cơ sở đang hoạt động.`,
    });
  }
  members.forEach((m, i) => {
    if (m.unitId !== main.unitId) {
      throw new AppError('rule_broken', 'Đồng tác giả phải cùng công đoàn cơ sở với tác giả chính.', {
        [`${field}.${i}`]: `Mã tác giả: "${m.code}" thuộc đơn vị "${m.unitCode}", khác đơn vị của tác giả chính.`,
      });
    }
  });
  const isAuthor = actor.memberId !== null && members.some((m) => m.id === actor.memberId);
  if (!isAuthor && !hasRole(actor, 'supporter', main.unitPath)) {
    throw forbidden('nộp sáng kiến thay cho đoàn viên khác (cần vai trò tổ hỗ trợ của đơn vị)');
  }
  const contribution = contributionProblem(list.map((a) => a.contribution_percent));
  if (contribution) throw badRequest(contribution, { [field]: contribution });
  return {
    rows: list.map((a, position) => ({
      memberId: members[position]!.id,
      position,
      contributionPercent: a.contribution_percent ?? null,
      dateOfBirth: a.date_of_birth ?? null,
      workplace: shortText(a.workplace) ?? null,
      jobTitle: shortText(a.job_title) ?? null,
      qualification: shortText(a.qualification) ?? null,
    })),
    members,
    unitId: main.unitId,
    onBehalf: !isAuthor,
  };
}
