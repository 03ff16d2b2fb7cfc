import type { Language } from '../platform/common.js';
import { catalogue } from '../catalogue.js';
import { type NoticeEvent, PLACEHOLDERS, type PlaceholderValues } from './events.js';

/** `{{ name }}` in a template: the name between the braces, spaces around it allowed. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

/** The placeholders of a text that are not among the words a template may fill in, each once, in order of first use. */
export function unknownPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !KNOWN.has(name)))];
}

/**
 * A template with its placeholders filled in: a known one without a value becomes empty (a workshop with no
 * opening hours written gets none in the message); templates with unknown placeholders are refused when saved.
 */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? (values[name as keyof PlaceholderValues] ?? '') : whole));
}

export interface MessageTemplate {
  subject: string;
  body: string;
}

type Templates = (typeof catalogue)['en']['noticeTemplates'];

/**
 * The catalogue's phrase as written, its `{{placeholders}}` kept for renderTemplate: a look-up, not i18next's
 * interpolation (which would fill them with nothing).
 */
function t(key: `noticeTemplates.${NoticeEvent}.${keyof MessageTemplate}`, language: Language): string {
  const [, event, part] = key.split('.') as [string, NoticeEvent, keyof MessageTemplate];
  return (catalogue[language].noticeTemplates as Templates)[event][part];
}

/** The default message of an event in a language, from the string catalogue. */
export function defaultTemplate(language: Language, event: NoticeEvent): MessageTemplate {
  return { subject: t(`noticeTemplates.${event}.subject`, language), body: t(`noticeTemplates.${event}.body`, language) };
}
