/** The base32 secret in blocks of four for typing; the text itself carries no spaces. */
export function TotpSecret({ secret }: { secret: string }) {
  const groups = secret.match(/.{1,4}/g) ?? [];
  return (
    <code className="totp-secret" data-testid="totp-secret" data-secret={secret}>
      {groups.map((group, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a fixed string never reorder
        <span key={index} className="totp-secret__group">
          {group}
        </span>
      ))}
    </code>
  );
}
