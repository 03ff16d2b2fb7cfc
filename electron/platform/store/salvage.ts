/**
 * The complete records that can still be read from a damaged collection file (cut off by a crash or a full disk,
 * or edited by hand): every whole object of its "items" array that parses on its own.
 */
export function salvageRecords(text: string): Array<{ id: string }> {
  const start = text.indexOf('"items"');
  const open = start >= 0 ? text.indexOf('[', start) : -1;
  if (open < 0) return [];
  const records: Array<{ id: string }> = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let objectStart = -1;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') {
      if (depth === 0) objectStart = i;
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0 && objectStart >= 0) {
        try {
          const record = JSON.parse(text.slice(objectStart, i + 1)) as { id?: unknown };
          if (typeof record.id === 'string') records.push(record as { id: string });
        } catch {
          // a damaged record: skipped, the others are kept
        }
        objectStart = -1;
      } else if (depth < 0) break;
    } else if (char === ']' && depth === 0) break;
  }
  return records;
}
