/** What a new password must be: long enough, not the phone number, not one repeated character. */
import { PASSWORD_MAX, PASSWORD_MIN, normaliseVietnamesePhone } from '@sangkien/shared';

/** A Vietnamese message saying what is wrong, or null when the password will do. */
export function passwordProblem(password: string, login?: string | null): string | null {
  if (password.length < PASSWORD_MIN) return `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`;
  if (password.length > PASSWORD_MAX) return `Mật khẩu dài quá: tối đa ${PASSWORD_MAX} ký tự.`;
  if (/^(.)\1*$/.test(password)) return 'Mật khẩu không được chỉ lặp lại một ký tự.';
  if (login) {
    const phone = normaliseVietnamesePhone(login);
    const asPhone = normaliseVietnamesePhone(password);
    if ((phone && asPhone === phone) || password.trim().toLowerCase() === login.trim().toLowerCase()) {
      return 'Mật khẩu không được trùng với số điện thoại hoặc e-mail đăng nhập.';
    }
  }
  if (/^(12345678|123456789|1234567890|password|matkhau)$/i.test(password)) return 'Mật khẩu này quá dễ đoán.';
  return null;
}
