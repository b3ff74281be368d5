/**
 * Nộp sáng kiến: the short form (four plain questions) or the full official form, for a new
 * initiative or to continue/fix one (edit-and-resubmit after a return).
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type { Me } from '@sangkien/shared/schemas/accounts';
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { useInitiative, useMe, useOpenPhase } from '../../api/member-queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { SUBMIT_FULL_PATH, SUBMIT_PATH } from '../../lib/routes.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../styles/forms.css';
import { blankAuthor } from './authors-editor.tsx';
import { DeadlineNotice } from './deadline-notice.tsx';
import { draftSlot, newDraft, readDraft } from './draft-storage.ts';
import { emptyValues, fromDetail } from './form-values.ts';
import { InitiativeForm } from './initiative-form.tsx';
import { SignInNeeded } from './sign-in-needed.tsx';

function NewInitiative({ me, kind }: { me: Me; kind: 'short' | 'full' }) {
  const phase = useOpenPhase();
  const slot = draftSlot(me.account.id, kind);
  const start = () => {
    const values = emptyValues(kind);
    if (kind === 'full' && me.member) values.authors = [blankAuthor(me.member.code, me.member.full_name)];
    return newDraft(values);
  };
  return (
    <>
      {phase.data && <DeadlineNotice window={phase.data} />}
      <InitiativeForm
        slot={slot}
        start={start}
        unitCode={me.member?.unit.code ?? null}
        canSubmit={phase.data?.open !== false}
        attachments={[]}
        comments={null}
      />
    </>
  );
}

function EditInitiative({ me, detail: current }: { me: Me; detail: InitiativeDetail }) {
  const { t } = useI18n();
  // The page is about the initiative as it was when opened: after the submit it changes status,
  // and the receipt must stay on screen.
  const [detail] = useState(current);
  const slot = draftSlot(me.account.id, detail.code);
  const local = readDraft(slot);
  // A local copy newer than the server's (typed offline) wins; otherwise start from the server.
  const start = () => newDraft(fromDetail(detail), detail.code, detail.version);
  if (!detail.can.edit && !local) {
    return <p className="state">{t('submit.edit.notEditable')}</p>;
  }
  const lastReturn = [...detail.history].reverse().find((e) => e.to === 'needs_revision');
  return (
    <>
      {detail.status === 'needs_revision' && lastReturn?.reason && (
        <p className="comment" data-testid="return-reason">
          <strong>{t('my.reason')}:</strong> {lastReturn.reason}
        </p>
      )}
      <InitiativeForm
        slot={slot}
        start={start}
        unitCode={detail.unit.code}
        canSubmit={detail.can.transitions.includes('submitted')}
        attachments={detail.attachments}
        comments={detail.field_comments}
      />
    </>
  );
}

function EditLoader({ me, code }: { me: Me; code: string }) {
  const detail = useInitiative(code);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  return <EditInitiative me={me} detail={detail.data} />;
}

export function SubmitPage({ kind = 'short', code }: { kind?: 'short' | 'full'; code?: string }) {
  const { t } = useI18n();
  useDocumentTitle(t(code ? 'submit.edit.title' : kind === 'full' ? 'submit.full.title' : 'submit.title'));
  const me = useMe();
  let body;
  if (me.isPending) body = <Loading />;
  else if (me.isError) body = <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  else if (me.data === null) body = <SignInNeeded draftKept={false} />;
  else if (code) body = <EditLoader me={me.data} code={code} />;
  else body = <NewInitiative key={kind} me={me.data} kind={kind} />;
  return (
    <div className="form-page">
      <h1>{t(code ? 'submit.edit.title' : kind === 'full' ? 'submit.full.title' : 'submit.title')}</h1>
      {!code && (
        <p>
          {kind === 'short' ? t('submit.intro') : t('submit.full.intro')}{' '}
          <Link href={kind === 'short' ? SUBMIT_FULL_PATH : SUBMIT_PATH}>
            {kind === 'short' ? t('submit.toFull') : t('submit.toShort')}
          </Link>
        </p>
      )}
      {body}
    </div>
  );
}
