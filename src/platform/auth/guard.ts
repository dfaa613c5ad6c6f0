/** A path inside the municipality to return to after logging in; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[A-Za-z0-9/_?=&%.~-]*$/.test(value) && value.length <= 500 ? value : '/';
}
