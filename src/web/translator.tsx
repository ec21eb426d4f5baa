import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Locale } from './api/types';
import { type TextPart, textParts } from './locales/parts';

/**
 * The texts of the web app: nested keys (`errors.auth.invalid_credentials`) looked
 * up in the current language, `{{name}}` filled in from the values, and `key_one` / `key_other`
 * chosen by `count` with the language's plural rules. The texts come per language and per part
 * (locales/parts.ts): the frame's before the first page is drawn, a page's own with the page, all with
 * the signed-in shell. The API follows react-i18next's (`const { t, i18n } = useTranslation()`), which it replaces
 * to keep the first load lean (docs/decisions/005-own-translator.md).
 */
export type TextValues = Record<string, unknown>;
/**
 * A text by its key; given several keys, the first that exists (a specific text, then a general one),
 * else `values.defaultValue` when given.
 */
export type TFunction = (key: string | readonly string[], values?: TextValues) => string;

export type Texts = { [key: string]: string | Texts };
export type TextLoader = (locale: Locale, part: TextPart) => Promise<Texts>;

export interface I18n {
  /** The language shown now. */
  readonly language: Locale;
  /** The same as `language` (react-i18next's name for it). */
  readonly resolvedLanguage: Locale;
  /** Loads the new language's texts (the parts loaded so far), then switches every screen to it. */
  changeLanguage(locale: Locale): Promise<void>;
  /** Whether the current language has a text under this key. */
  exists(key: string): boolean;
  /** Loads parts of the texts (a page asks for its part before it draws; the app shell for all). */
  loadParts(parts: readonly TextPart[]): Promise<void>;
}

function lookup(texts: Texts | undefined, key: string): string | undefined {
  let node: string | Texts | undefined = texts;
  for (const segment of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Texts of two parts together; a namespace cut into groups (errors) is merged group by group. */
function mergeTexts(into: Texts, part: Texts): Texts {
  const merged: Texts = { ...into };
  for (const [key, value] of Object.entries(part)) {
    const existing = merged[key];
    merged[key] =
      typeof existing === 'object' && typeof value === 'object' ? mergeTexts(existing, value) : value;
  }
  return merged;
}

function fill(text: string, values: TextValues | undefined): string {
  if (!values) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export class Translator implements I18n {
  private locale: Locale;
  private readonly texts = new Map<Locale, Texts>();
  private readonly loadedParts = new Map<Locale, Set<TextPart>>();
  private readonly wantedParts = new Set<TextPart>(['base']);
  private readonly listeners = new Set<() => void>();
  private readonly onMissing: (key: string, locale: Locale) => void;
  private version = 0;
  private tFor: TFunction;

  constructor(
    locale: Locale,
    private readonly load: TextLoader,
    options: {
      onLanguage?: (locale: Locale) => void;
      onMissing?: (key: string, locale: Locale) => void;
    } = {},
  ) {
    this.locale = locale;
    this.onLanguage = options.onLanguage;
    this.onMissing = options.onMissing ?? (() => {});
    this.tFor = this.makeT();
  }

  private readonly onLanguage: ((locale: Locale) => void) | undefined;

  /** A translator with one language's texts already in place (for code and tests that cannot wait). */
  static withTexts(locale: Locale, texts: Texts): Translator {
    const translator = new Translator(locale, async () => texts);
    translator.texts.set(locale, texts);
    translator.loadedParts.set(locale, new Set(textParts));
    translator.tFor = translator.makeT();
    return translator;
  }

  get language(): Locale {
    return this.locale;
  }

  get resolvedLanguage(): Locale {
    return this.locale;
  }

  /** The `t` of the current language; a new function after every change, so memos recompute. */
  get t(): TFunction {
    return this.tFor;
  }

  private makeT(): TFunction {
    const texts = this.texts.get(this.locale);
    const locale = this.locale;
    const plurals = new Intl.PluralRules(locale);
    const find = (key: string, count: unknown) =>
      (typeof count === 'number' ? lookup(texts, `${key}_${plurals.select(count)}`) : undefined) ??
      (typeof count === 'number' ? lookup(texts, `${key}_other`) : undefined) ??
      lookup(texts, key);
    return (keys, values) => {
      const candidates: readonly string[] = typeof keys === 'string' ? [keys] : keys;
      for (const key of candidates) {
        const text = find(key, values?.count);
        if (text !== undefined) return fill(text, values);
      }
      if (typeof values?.defaultValue === 'string') return fill(values.defaultValue, values);
      const last = candidates.at(-1) ?? '';
      this.onMissing(last, locale);
      return last;
    };
  }

  exists(key: string): boolean {
    return lookup(this.texts.get(this.locale), key) !== undefined;
  }

  private async ensure(locale: Locale, parts: Iterable<TextPart>): Promise<void> {
    const loaded = this.loadedParts.get(locale) ?? new Set<TextPart>();
    const missing = [...parts].filter((part) => !loaded.has(part));
    if (missing.length === 0) return;
    const fetched = await Promise.all(missing.map((part) => this.load(locale, part)));
    let merged: Texts = this.texts.get(locale) ?? {};
    for (const part of fetched) merged = mergeTexts(merged, part);
    this.texts.set(locale, merged);
    for (const part of missing) loaded.add(part);
    this.loadedParts.set(locale, loaded);
  }

  private changed(): void {
    this.version += 1;
    this.tFor = this.makeT();
    for (const listener of this.listeners) listener();
  }

  /** Loads parts of the texts for the current language (and for every language switched to later). */
  async loadParts(parts: readonly TextPart[]): Promise<void> {
    for (const part of parts) this.wantedParts.add(part);
    // The language may change while the parts load (a session arriving in the account's language): load
    // until the language shown now has them all.
    let fresh = false;
    for (let locale = this.locale; this.missing(locale, parts); locale = this.locale) {
      await this.ensure(locale, parts);
      fresh = true;
    }
    if (fresh) this.changed();
  }

  private missing(locale: Locale, parts: Iterable<TextPart>): boolean {
    const loaded = this.loadedParts.get(locale);
    return [...parts].some((part) => !loaded?.has(part));
  }

  async changeLanguage(locale: Locale): Promise<void> {
    // A part may be asked for while this language loads (the app shell after sign-in): load until the
    // new language has every part wanted, so no screen switches to a language half loaded.
    while (this.missing(locale, this.wantedParts)) await this.ensure(locale, this.wantedParts);
    if (locale === this.locale) return;
    this.locale = locale;
    this.onLanguage?.(locale);
    this.changed();
  }

  /** Loads the first texts; the page is drawn after this. */
  async start(): Promise<void> {
    await this.ensure(this.locale, this.wantedParts);
    this.onLanguage?.(this.locale);
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.version;
}

export function isTextPart(value: string): value is TextPart {
  return (textParts as readonly string[]).includes(value);
}

const TranslatorContext = createContext<Translator | null>(null);

export function TranslatorProvider({
  translator,
  children,
}: {
  translator: Translator;
  children: ReactNode;
}) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The current language's `t` and the translator; the component draws again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useTranslation needs a TranslatorProvider');
  const version = useSyncExternalStore(translator.subscribe, translator.snapshot);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new t for every language or part change
  return useMemo(() => ({ t: translator.t, i18n: translator }), [translator, version]);
}
