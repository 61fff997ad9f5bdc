// placeholder
export function htmlOf() {
  throw new Error('html: not yet');
}
