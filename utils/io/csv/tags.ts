/**
 * Tags in one cell. Google writes "* myContacts ::: Friends" (system groups start with "* "),
 * Outlook "A;B", Meishi "A, B" with "\," and "\;" for a comma or semicolon inside a tag.
 */
export function splitTags(cell: string, dropSystemGroups = false): string[] {
  const out: string[] = [];
  for (const group of cell.split(':::')) {
    let current = '';
    for (let i = 0; i < group.length; i += 1) {
      const ch = group[i] ?? '';
      if (ch === '\\' && i + 1 < group.length) {
        current += group[i + 1];
        i += 1;
      } else if (ch === ',' || ch === ';') {
        out.push(current);
        current = '';
      } else {
        current += ch;
      }
    }
    out.push(current);
  }
  return out.map((t) => t.trim()).filter((t) => t !== '' && !(dropSystemGroups && t.startsWith('* ')));
}

/** The inverse of `splitTags` for Meishi's own CSV. */
export function joinTags(tags: readonly string[]): string {
  // Every ":" is escaped too, so no tag can make the ":::" that Google uses between groups.
  return tags.map((t) => t.replace(/[\\,;:]/g, (c) => `\\${c}`)).join(', ');
}
