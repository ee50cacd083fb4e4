/**
 * What a message template is: per language, a function of the parameters already written in
 * that language. The catalogue (`messages.ts`) gathers the templates of every area.
 */
export type Locale = 'en' | 'zh-CN';

export type Rendered = Readonly<Record<string, string>>;
export type Template = (p: Rendered) => string;
/** An area's templates, by message key. */
export type Templates = Record<string, Record<Locale, Template>>;

/** "1 seat", "3 seats": English counts; Chinese templates write the number and a measure word. */
export const plural = (n: string, one: string, many: string): string =>
  n === '1' ? `1 ${one}` : `${n} ${many}`;
