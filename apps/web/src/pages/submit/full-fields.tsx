/** The rest of the official request for recognition (Thông tư 18/2013/TT-BKHCN, Phụ lục I). */
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LONG_TEXT_FIELDS } from './form-values.ts';
import type { FieldsProps } from './short-fields.tsx';

const SHORT_TEXT_FIELDS = ['investor', 'application_field', 'award_info'] as const;

export function FullFields({ values, update, error }: FieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="group">
      <legend>{t('submit.full.legend')}</legend>
      {SHORT_TEXT_FIELDS.map((name) => (
        <Field key={name} id={`f-${name}`} label={t(`submit.full.${name}`)} error={error(name)}>
          {(aria) => (
            <input {...aria} name={name} value={values[name]} onChange={(e) => update({ [name]: e.target.value })} />
          )}
        </Field>
      ))}
      <Field id="f-first_applied_on" label={t('submit.full.first_applied_on')} error={error('first_applied_on')}>
        {(aria) => (
          <input
            {...aria}
            type="date"
            name="first_applied_on"
            value={values.first_applied_on}
            onChange={(e) => update({ first_applied_on: e.target.value })}
          />
        )}
      </Field>
      {LONG_TEXT_FIELDS.map((name) => (
        <Field key={name} id={`f-${name}`} label={t(`submit.full.${name}`)} error={error(name)}>
          {(aria) => (
            <textarea
              {...aria}
              name={name}
              rows={3}
              value={values[name]}
              onChange={(e) => update({ [name]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
