// Generated blocks inside hand-written Markdown: everything outside
// `<!-- NAME:start -->` … `<!-- NAME:end -->` is left byte for byte as it was.

export function startMarker(name: string): string {
  return `<!-- ${name}:start -->`;
}

export function endMarker(name: string): string {
  return `<!-- ${name}:end -->`;
}

/**
 * Replaces what lies between the markers with `body`. When the markers are missing they are
 * appended at the end (under `heading`, if given), so a fresh README gains them once.
 */
export function replaceBetweenMarkers(text: string, name: string, body: string, heading?: string): string {
  const start = startMarker(name);
  const end = endMarker(name);
  const block = `${start}\n${body.replace(/\n*$/, '')}\n${end}`;
  const startAt = text.indexOf(start);
  const endAt = startAt === -1 ? -1 : text.indexOf(end, startAt + start.length);
  if (startAt === -1 || endAt === -1) {
    const separator = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return `${text}${separator}${heading ? `${heading}\n\n` : ''}${block}\n`;
  }
  return text.slice(0, startAt) + block + text.slice(endAt + end.length);
}
