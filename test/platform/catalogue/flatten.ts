import { PLURAL_FORMS } from '../../../shared/platform/i18n/types.js';

type Tree = { [key: string]: Tree | string };
export interface Entry {
  /** The key as code writes it: a plural form by its family's base. */
  key: string;
  /** The full key, with the plural form when there is one. */
  path: string;
  form?: string;
  value: string;
}

const FORMS = new Set(Object.values(PLURAL_FORMS).flat());

/** Every phrase of a catalogue section, a plural form (`x_one` beside an `x_other`) under its family's key. */
export function flatten(tree: Tree, prefix = ''): Entry[] {
  return Object.entries(tree).flatMap(([name, value]) => {
    const path = prefix + name;
    if (typeof value !== 'string') return flatten(value, `${path}.`);
    const cut = name.lastIndexOf('_');
    const form = cut > 0 ? name.slice(cut + 1) : '';
    const family = `${name.slice(0, cut)}_other`;
    if (FORMS.has(form as never) && family in tree) return [{ key: prefix + name.slice(0, cut), path, form, value }];
    return [{ key: path, path, value }];
  });
}

export function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
}
