import { describe, expect, it } from 'vitest';
import id from '../../src/data/ui/id.json' with { type: 'json' };
import en from '../../src/data/ui/en.json' with { type: 'json' };
import { cslLocales, dictionaryProblems, languages, locales, ogLocales, otherLang, t, useTranslations, type UiKey } from '../../src/lib/i18n.ts';
import { bases } from '../../src/lib/vocabulary.ts';

describe('interface strings', () => {
  it('spell each basis (stated, interpreted) one way: the claim label and the explorer value agree', () => {
    for (const lang of languages) for (const basis of bases) expect(t(lang, `explorer.value.${basis}` as UiKey), `${lang} ${basis}`).toBe(t(lang, `claim.basis.${basis}` as UiKey));
  });

  it('keep every locale map in one place, Open Graph following the Intl locale', () => {
    for (const lang of languages) {
      expect(ogLocales[lang]).toBe(locales[lang].replace('-', '_'));
      expect(cslLocales[lang].split('-')[0]).toBe(lang);
    }
  });

  it('have the same keys in both languages, none empty', () => {
    expect(dictionaryProblems({ id, en })).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('report a missing translation naming the file and the key', () => {
    const { 'nav.home': _dropped, ...partial } = en;
    expect(dictionaryProblems({ id, en: partial })).toEqual(['src/data/ui/en.json: missing translation for key "nav.home"']);
  });

  it('report an empty string and an extra key', () => {
    const problems = dictionaryProblems({ id, en: { ...en, 'nav.home': ' ', 'only.en': 'x' } });
    expect(problems).toEqual([
      'src/data/ui/en.json: missing translation for key "nav.home"',
      'src/data/ui/en.json: key "only.en" is not in src/data/ui/id.json',
    ]);
  });

  it('look up by language', () => {
    expect(t('id', 'nav.abstract')).toBe('Abstrak');
    expect(useTranslations('en')('nav.abstract')).toBe('Abstract');
    expect(t('en', 'meta.notStated')).toBe('not stated');
    expect(t('id', 'meta.notStated')).toBe('tidak disebutkan');
  });

  it('throw on an unknown key rather than print nothing', () => {
    expect(() => t('en', 'no.such.key' as UiKey)).toThrow('src/data/ui/en.json: missing translation for key "no.such.key"');
  });

  it('switch between the two languages', () => {
    expect(otherLang('id')).toBe('en');
    expect(otherLang('en')).toBe('id');
  });
});
