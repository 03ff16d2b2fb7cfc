/**
 * Why the name of an attached file is refused, or undefined when it may be kept as the photo's label: a name is
 * never a path (no folder separators, no "..", no leading dot), has no control or bidi-override characters, none of
 * the characters Windows forbids in names, and ends in an image's extension.
 */
export function fileNameProblem(name: string): 'unsafe_name' | undefined {
  if (!name) return undefined;
  if (name.length > 120) return 'unsafe_name';
  if (/[\\/:*?"<>|]/.test(name) || name.includes('..') || name.startsWith('.')) return 'unsafe_name';
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name)) return 'unsafe_name';
  if (!/\.(jpe?g|png|webp|heic|gif|bmp)$/i.test(name)) return 'unsafe_name';
  return undefined;
}
