/**
 * The one translation layer: every visible word comes from `zh.ts` or `en.ts` through
 * `translate`. Templates fill `{name}` slots and choose plural forms with
 * `{n, plural, one {# scene} other {# scenes}}` (English needs them; Chinese has one form),
 * where `#` stands for the number and the form is picked by `Intl.PluralRules`. A slot may set
 * its first letter's case, `{seat, lower}` or `{table, capital}`: English joins words written to
 * stand alone ("Rear right") into one phrase ("Car 1, rear right").
 */
import { en } from './en';
import { zh, type MessageKey } from './zh';

export { en, zh, type MessageKey };
export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;
export const LANGS: Record<Lang, Record<MessageKey, string>> = { zh, en };

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * Templates split at their `{name}` / `{name, case}` slots: text, then name and case (or
 * undefined) and text again for each slot. Filled for every table cell, so kept.
 */
const split = new Map<string, (string | undefined)[]>();
const SLOT = /\{(\w+)(?:, (lower|capital))?\}/;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(lang, LANGS[lang][key], params);
}

/** Fills a template of either table (also used for templates that arrive as data, e.g. tests). */
export function fill(lang: Lang, template: string, params: Params = {}): string {
  if (template.includes(', plural,')) template = choosePlurals(lang, template, params);
  let parts = split.get(template);
  if (!parts) {
    parts = template.split(new RegExp(SLOT, 'g'));
    split.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i]!;
    const value = name in params ? String(params[name]) : `{${name}}`;
    out += withCase(value, parts[i + 1]) + parts[i + 2]!;
  }
  return out;
}

function withCase(value: string, letterCase: string | undefined): string {
  if (!letterCase || !value) return value;
  const first = letterCase === 'lower' ? value[0]!.toLowerCase() : value[0]!.toUpperCase();
  return first + value.slice(1);
}

function choosePlurals(lang: Lang, template: string, params: Params): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const n = Number(params[name]);
    if (!Number.isFinite(n)) return whole;
    const forms = new Map<string, string>();
    for (const m of body.matchAll(FORM)) forms.set(m[1]!, m[2]!);
    const category = (rules[lang] ??= new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en')).select(n);
    const form = forms.get(`=${n}`) ?? forms.get(category) ?? forms.get('other') ?? '';
    return form.replace(/#/g, String(n));
  });
}
