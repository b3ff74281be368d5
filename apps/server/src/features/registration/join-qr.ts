/** The QR code members scan to open registration with their unit already chosen. */
import QRCode from 'qrcode';

export const registrationUrl = (publicUrl: string, joinCode: string) =>
  `${publicUrl}/dang-ky?ma=${encodeURIComponent(joinCode)}`;

/** Medium error correction survives a crumpled printout; a 4-module margin as the standard asks. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}

export function joinQrPng(url: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width });
}
