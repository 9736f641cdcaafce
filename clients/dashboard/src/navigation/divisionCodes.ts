/**
 * The code prefix a division's descendants share: 230000 → 23, 230700 → 2307, 230724 → 230724.
 * GB/T 2260 codes nest this way.
 */
function prefixOf(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether one division lies within the other, either way round (or is the same). */
export function overlaps(a: string, b: string): boolean {
  return a.startsWith(prefixOf(b)) || b.startsWith(prefixOf(a));
}

/** The province a division lies in: 230724 → 230000. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}
