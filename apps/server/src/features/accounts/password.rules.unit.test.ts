import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.rules.ts';
import { parseLoginId } from './login-id.ts';

describe('passwordProblem', () => {
  it.each([
    ['mật khẩu 2026', null, null],
    ['ngắn', null, 'ít nhất 8'],
    ['aaaaaaaaaa', null, 'lặp lại'],
    ['0912345678', '+84912345678', 'trùng'],
    ['0912 345 678', '0912345678', 'trùng'],
    ['ten@congdoan.vn', 'Ten@CongDoan.vn', 'trùng'],
    ['12345678', null, 'dễ đoán'],
    ['x'.repeat(201), null, 'tối đa'],
  ])('"%s" (login %s) → %s', (password, login, problem) => {
    const found = passwordProblem(password, login);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('parseLoginId', () => {
  it.each([
    ['0912 345 678', { kind: 'phone', value: '+84912345678' }],
    ['+84 912 345 678', { kind: 'phone', value: '+84912345678' }],
    ['84912345678', { kind: 'phone', value: '+84912345678' }],
    ['0912.345.678', { kind: 'phone', value: '+84912345678' }],
    ['Ten.Ho@CongDoan.VN', { kind: 'email', value: 'ten.ho@congdoan.vn' }],
    ['0212345678', null],
    ['khong phai', null],
  ])('%s', (input, expected) => expect(parseLoginId(input)).toEqual(expected));
});
