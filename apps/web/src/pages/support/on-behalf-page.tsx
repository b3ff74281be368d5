/** Nộp hộ: the support team submits for a member without a device (autosaved like the member's own form). */
import { useState } from 'react';
import type { RosterMember } from '@sangkien/shared/schemas/members';
import { useMe, useOpenPhase } from '../../api/member-queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import { DeadlineNotice } from '../submit/deadline-notice.tsx';
import { draftSlot, newDraft } from '../submit/draft-storage.ts';
import { emptyValues } from '../submit/form-values.ts';
import { InitiativeForm } from '../submit/initiative-form.tsx';
import { SignInNeeded } from '../submit/sign-in-needed.tsx';
import { MemberFinder } from './member-finder.tsx';

export function OnBehalfPage() {
  const { t } = useI18n();
  useDocumentTitle(t('support.title'));
  const me = useMe();
  const phase = useOpenPhase();
  const [unitChoice, setUnit] = useState<string | null>(null);
  const [member, setMember] = useState<RosterMember | null>(null);
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) return <SignInNeeded draftKept={false} />;
  const units = me.data.roles.filter((r) => r.role === 'supporter');
  if (units.length === 0) return <p className="state">{t('support.notSupporter')}</p>;
  const unit = unitChoice ?? units[0]!.unit_code;
  return (
    <div className="form-page">
      <h1>{t('support.title')}</h1>
      <p>{t('support.intro')}</p>
      {phase.data && <DeadlineNotice window={phase.data} />}
      {units.length > 1 && (
        <Field id="support-unit" label={t('support.unit')}>
          {(aria) => (
            <select {...aria} value={unit} onChange={(e) => setUnit(e.target.value)}>
              {units.map((u) => (
                <option key={u.unit_code} value={u.unit_code}>
                  {u.unit_name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {member === null ? (
        <MemberFinder unit={unit} onPick={setMember} />
      ) : (
        <>
          <p className="deadline" data-testid="on-behalf-of">
            {t('support.for', { name: member.full_name, code: member.code, unit: member.unit.name })}{' '}
            <button type="button" className="link-button" onClick={() => setMember(null)}>
              {t('support.change')}
            </button>
          </p>
          <InitiativeForm
            key={member.code}
            slot={draftSlot(me.data.account.id, `behalf-${member.code}`)}
            start={() => newDraft(emptyValues('short'))}
            unitCode={member.unit.code}
            canSubmit={phase.data?.open !== false}
            attachments={[]}
            comments={null}
            createExtra={{ author_codes: [member.code] }}
          />
        </>
      )}
    </div>
  );
}
