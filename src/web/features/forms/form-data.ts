/** A text field of a submitted form, trimmed (passwords: use `formSecret`, which keeps spaces). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A password-like field exactly as typed. */
export function formSecret(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
