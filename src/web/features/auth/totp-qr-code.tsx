import { useMemo } from 'react';
import { renderSVG } from 'uqr';
import { useTranslation } from '../../translator';

/**
 * The otpauth:// address as a QR code to scan with an authenticator app, drawn in the browser (the
 * secret never leaves it for an image service). An <img> of an SVG data URL: nothing of the SVG runs
 * or enters the page's DOM, and the Content-Security-Policy allows `data:` images.
 */
export function TotpQrCode({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const source = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(uri, { ecc: 'M', border: 2 }))}`,
    [uri],
  );
  return (
    <img
      className="totp-qr"
      src={source}
      alt={t('twoFactorSetup.qrAlt')}
      width={200}
      height={200}
      data-testid="totp-qr"
    />
  );
}
