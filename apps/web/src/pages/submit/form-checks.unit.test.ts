import { describe, expect, it } from 'vitest';
import { checkForSubmit, checkWhileTyping } from './form-checks.ts';
import { byFormField } from './field-errors.ts';
import { emptyValues, readMoney, toContent, type AuthorRow, type FormValues } from './form-values.ts';

const author = (code: string, percent: string): AuthorRow => ({
  member_code: code,
  full_name: code,
  contribution_percent: percent,
  date_of_birth: '',
  workplace: '',
  job_title: '',
  qualification: '',
});

const filled = (change: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues('short'),
  title: 'Máng dẫn phôi',
  problem: 'Kẹt phôi',
  solution: 'Làm lại máng',
  benefit: 'Hết kẹt',
  ...change,
});

describe('benefit value as people type it', () => {
  it.each([
    ['4.955.909.731', 4955909731],
    ['4955909731', 4955909731],
    ['4 955 909 731 đ', 4955909731],
    ['', null],
    ['  ', null],
    ['4,9 tỷ', undefined],
    ['12.34', undefined],
  ])('%j → %j', (text, value) => {
    expect(readMoney(text)).toBe(value);
  });
});

describe('checks before submitting', () => {
  it.each<[string, Partial<FormValues>, Record<string, string>]>([
    ['all four answers', {}, {}],
    ['no title', { title: ' ' }, { title: 'submit.check.title' }],
    [
      'no problem nor solution',
      { problem: '', solution: '' },
      { problem: 'submit.check.problem', solution: 'submit.check.solution' },
    ],
    [
      'confidential: problem and solution may stay secret',
      { problem: '', solution: '', confidentiality: 'confidential' },
      {},
    ],
    [
      'no benefit even when confidential',
      { benefit: '', confidentiality: 'confidential' },
      { benefit: 'submit.check.benefit' },
    ],
    ['unreadable money', { benefit_vnd: 'nhiều lắm' }, { benefit_vnd: 'submit.check.benefitVnd' }],
  ])('%s', (_name, change, errors) => {
    expect(checkForSubmit(filled(change))).toEqual(errors);
  });
});

describe('contribution percentages of the full form', () => {
  it.each<[string, AuthorRow[], string | undefined]>([
    ['one author, no percent', [author('A', '')], undefined],
    ['two authors, none given', [author('A', ''), author('B', '')], undefined],
    ['60 + 40', [author('A', '60'), author('B', '40')], undefined],
    ['decimal comma 33,5 + 66,5', [author('A', '33,5'), author('B', '66,5')], undefined],
    ['60 + 30', [author('A', '60'), author('B', '30')], 'submit.check.percentSum'],
    ['one given only', [author('A', '100'), author('B', '')], undefined],
    ['not a number', [author('A', 'nửa'), author('B', '50')], 'submit.check.percentUnreadable'],
    ['above 100', [author('A', '120'), author('B', '-20')], 'submit.check.percentUnreadable'],
  ])('%s', (_name, authors, error) => {
    expect(checkWhileTyping({ ...filled(), form_kind: 'full', authors }).authors).toBe(error);
  });
});

describe('what is sent', () => {
  it('sends the short form without the full form items, money as a number, empty text as null', () => {
    const content = toContent(filled({ benefit_vnd: '4.955.909.731', investor: 'ignored', field_code: '' }));
    expect(content).toEqual({
      form_kind: 'short',
      title: 'Máng dẫn phôi',
      problem: 'Kẹt phôi',
      solution: 'Làm lại máng',
      benefit: 'Hết kẹt',
      benefit_period: 'year',
      field_code: null,
      confidentiality: 'internal',
      benefit_vnd: 4955909731,
    });
  });

  it('leaves out money that cannot be read yet rather than erasing the saved value', () => {
    expect(toContent(filled({ benefit_vnd: '4.9' }))).not.toHaveProperty('benefit_vnd');
  });

  it('sends authors with their percentages and only the first appliers that have a name', () => {
    const content = toContent({
      ...filled(),
      form_kind: 'full',
      authors: [author('A', '70'), author('B', '30')],
      first_appliers: [
        {
          full_name: 'Trần Văn Bình',
          date_of_birth: '',
          workplace: 'Tổ 3',
          job_title: '',
          qualification: '',
          contribution: '',
        },
        { full_name: ' ', date_of_birth: '', workplace: '', job_title: '', qualification: '', contribution: '' },
      ],
    });
    expect(content.authors?.map((a) => [a.member_code, a.contribution_percent])).toEqual([
      ['A', 70],
      ['B', 30],
    ]);
    expect(content.first_appliers).toEqual([
      {
        full_name: 'Trần Văn Bình',
        date_of_birth: null,
        workplace: 'Tổ 3',
        job_title: null,
        qualification: null,
        contribution: null,
      },
    ]);
  });
});

describe("the API's field errors beside the form's fields", () => {
  it('folds nested keys onto their item and keeps the first message', () => {
    expect(
      byFormField({
        title: 'Tên sáng kiến: Chưa nhập (bắt buộc).',
        'authors.1.contribution_percent': 'Tỷ lệ đóng góp (%): cộng lại phải bằng 100.',
        'authors.0.member_code': 'Mã đoàn viên: không có.',
      }),
    ).toEqual({
      title: 'Tên sáng kiến: Chưa nhập (bắt buộc).',
      authors: 'Tỷ lệ đóng góp (%): cộng lại phải bằng 100.',
    });
  });
});
