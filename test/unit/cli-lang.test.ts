// Which language the command line speaks: ESG_LANG, else the POSIX locale, else English.
import { describe, expect, it } from 'vitest';
import { cliLang } from '../../main/cli/lang.js';

describe('the command line language', () => {
  it.each<[NodeJS.ProcessEnv, string]>([
    [{}, 'en'],
    [{ ESG_LANG: 'zh-Hant' }, 'zh-Hant'],
    [{ ESG_LANG: 'en', LANG: 'zh_TW.UTF-8' }, 'en'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_HK.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_Hant_TW' }, 'zh-Hant'],
    [{ LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LANG: 'en_GB.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_TW.UTF-8', LC_ALL: 'C' }, 'zh-Hant'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
  ])('%j speaks %s', (env, lang) => expect(cliLang(env)).toBe(lang));
});
