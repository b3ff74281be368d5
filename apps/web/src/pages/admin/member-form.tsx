/** Add a member to a grassroots union, or edit one (name, phone, e-mail, job). */
import { useRef, useState, type FormEvent } from 'react';
import { addMember, editMember, type MemberInput, type RosterMember } from '../../api/admin-api.ts';
import { Field, fieldErrors, FormError, useFocusFirstInvalid } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

interface Props {
  unitCode: string;
  member?: RosterMember;
  onSaved(member: RosterMember): void;
  onCancel(): void;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function MemberForm({ unitCode, member, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const [fullName, setFullName] = useState(member?.full_name ?? '');
  const [phone, setPhone] = useState(member?.phone ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [jobTitle, setJobTitle] = useState(member?.job_title ?? '');
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input: MemberInput = {
      full_name: fullName,
      phone: orNull(phone),
      email: orNull(email),
      job_title: orNull(jobTitle),
    };
    try {
      const saved = member
        ? await editMember(member.code, input)
        : await addMember(unitCode, code.trim() ? { ...input, member_code: code.trim() } : input);
      onSaved(saved);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  const fields = fieldErrors(error);
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="member-form">
      <Field
        label={t('admin.roster.fullName')}
        value={fullName}
        onChange={(event) => setFullName(event.target.value)}
        error={fields.full_name}
        required
      />
      <Field
        label={t('admin.roster.phone')}
        type="tel"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={fields.phone}
      />
      <Field
        label={t('admin.roster.email')}
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fields.email}
      />
      <Field
        label={t('admin.roster.jobTitle')}
        value={jobTitle}
        onChange={(event) => setJobTitle(event.target.value)}
        error={fields.job_title}
      />
      {!member && (
        <Field
          label={t('admin.roster.code')}
          hint={t('admin.roster.codeHint')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={fields.member_code}
        />
      )}
      <FormError error={error} shownFields={['full_name', 'phone', 'email', 'job_title', 'member_code']} />
      <p className="actions">
        <button type="submit" className="button" disabled={busy}>
          {member ? t('admin.roster.save') : t('admin.roster.add')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('admin.common.cancel')}
        </button>
      </p>
    </form>
  );
}
