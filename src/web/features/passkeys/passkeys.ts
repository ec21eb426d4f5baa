import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';

/**
 * Whether passkeys can be used from this page: the server has a relying party, the browser speaks
 * WebAuthn, and the page is opened at the address passkeys are bound to (`origin`).
 */
export function usePasskeySupport() {
  const settings = useQuery({
    queryKey: ['passkeys', 'settings'],
    queryFn: () => callApi('GET /api/auth/passkeys/settings'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const data = settings.data;
  const browser = browserSupportsWebAuthn();
  const here = typeof window === 'undefined' ? '' : window.location.origin;
  return {
    loaded: settings.isSuccess,
    available: Boolean(data?.available),
    browser,
    /** The address to open when this page is not at it (null when it is, or passkeys are off). */
    elsewhere: data?.available && data.origin && data.origin !== here ? data.origin : null,
    usable: Boolean(data?.available && browser && data.origin === here),
  };
}

/** Asks the browser (or phone) to create a passkey for these options. */
export function createPasskey(options: Record<string, unknown>) {
  return startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
}

/** Asks the browser (or phone) to sign these options with one of its passkeys. */
export function signWithPasskey(options: Record<string, unknown>) {
  return startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
}

/** The person closed the browser's passkey dialog or it timed out: not an error worth a red box. */
export function wasCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}
