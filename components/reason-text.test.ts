import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { Annotator } from '../lib/annotate';
import { detectLanguage } from '../lib/detect/language';
import { REASON_CODES, type Reason, type ReasonCode } from '../lib/detect/reasons';
import { languageSamples, topicSamples } from '../lib/detect/samples';
import { packLabels } from '../lib/pack-labels';
import { countryName, languageName, reasonRenderer, reasonStrings } from './reason-text';

const LANGUAGES = ['en', 'zh', 'ar'] as const;
type Lang = (typeof LANGUAGES)[number];
const { index } = buildGlossary();
/** The reasons of the China–Central Asia pack name its sides, roles and venues. */
const PACK = packLabels(index).find((p) => p.id === 'china-central-asia');
const render = { en: reasonRenderer('en', PACK), zh: reasonRenderer('zh', PACK), ar: reasonRenderer('ar', PACK) };

// Numbers as the interface language writes them (Node's ICU and a browser's may differ in digits).
const n = (lang: Lang, x: number) => new Intl.NumberFormat(lang).format(x);
const pct = (lang: Lang, percent: number) => new Intl.NumberFormat(lang, { style: 'percent' }).format(percent / 100);

/** One example of every code: typed so that a code added to the union without one does not compile. */
const EXAMPLES: { [C in ReasonCode]: Extract<Reason, { code: C }> } = {
  'declared-lang': { code: 'declared-lang', lang: 'ar' },
  'arabic-share': { code: 'arabic-share', percent: 97, letters: 1234 },
  'marker-letters': { code: 'marker-letters', langs: ['kk', 'ug'], perThousand: 3.1 },
  'arabic-letters': { code: 'arabic-letters', arabic: 52, other: 1 },
  'reads-as': { code: 'reads-as', lang: 'pes' },
  'side-named': { code: 'side-named', side: 'central-asia', count: 7, groups: ['kg', 'kz', 'uz'] },
  'summit-named': { code: 'summit-named', count: 3 },
  'mechanism-named': { code: 'mechanism-named', count: 1 },
  'summit-word': { code: 'summit-word', count: 2 },
  'close-pairs': { code: 'close-pairs', count: 11 },
  'venue-named': { code: 'venue-named', count: 3 },
  'forum-named': { code: 'forum-named', count: 5 },
  'power-named': { code: 'power-named', count: 100 },
  'forum-dominates': { code: 'forum-dominates' },
  'summit-signs': { code: 'summit-signs' },
  'summit-mentioned': { code: 'summit-mentioned' },
  'named-together': { code: 'named-together' },
  'named-often': { code: 'named-often' },
  'leader-story': { code: 'leader-story', count: 3 },
  'project-story': { code: 'project-story', count: 4 },
  'other-power': { code: 'other-power' },
  'in-passing': { code: 'in-passing' },
  'one-side': { code: 'one-side' },
};

const china = (count: number): Reason => ({ code: 'side-named', side: 'china', count, groups: [] });
const share = (percent: number, letters: number): Reason => ({ code: 'arabic-share', percent, letters });
const ca = (count: number, groups: string[]): Reason => ({ code: 'side-named', side: 'central-asia', count, groups });

/** What a reader should see, written out by hand (numbers through Intl, as the interface formats them). */
const TABLE: Array<[Lang, Reason, string]> = [
  ['en', EXAMPLES['declared-lang'], 'The page says it is written in Arabic'],
  ['en', { code: 'declared-lang', lang: 'en_GB' }, 'The page says it is written in British English'],
  ['en', EXAMPLES['arabic-share'], `${pct('en', 97)} of the text's ${n('en', 1234)} letters are in Arabic script`],
  ['en', share(0, 0), 'The text has no letters'],
  ['en', share(100, 1), "100% of the text's one letter is in Arabic script"],
  [
    'en',
    EXAMPLES['marker-letters'],
    'Letters typical of Kazakh or Uyghur: about 3.1 in every 1,000 Arabic-script letters',
  ],
  [
    'en',
    EXAMPLES['arabic-letters'],
    'Letters only Arabic uses (ة ي ك): 52 in every 1,000; the Persian and Urdu forms (ی ک ے): 1 in every 1,000',
  ],
  ['en', EXAMPLES['reads-as'], 'The wording reads as Persian'],
  ['en', { code: 'reads-as', lang: 'urd' }, 'The wording reads as Urdu'],
  ['en', { code: 'reads-as', lang: 'pbu' }, 'The wording reads as Pashto'],
  ['en', { code: 'reads-as', lang: 'prs' }, 'The wording reads as Dari'],
  ['en', { code: 'reads-as', lang: 'uig' }, 'The wording reads as Uyghur'],
  ['en', { code: 'reads-as', lang: 'arb' }, 'The wording reads as Arabic'],
  ['en', { code: 'reads-as', lang: 'und' }, 'The wording is too short or too mixed to tell its language'],
  ['en', china(0), 'China is not named'],
  ['en', china(1), 'China is named once'],
  ['en', china(2), 'China is named 2 times'],
  ['en', china(1500), `China is named ${n('en', 1500)} times`],
  [
    'en',
    EXAMPLES['side-named'],
    'Central Asia or its countries are named 7 times (3 of its 5 countries: Kyrgyzstan, Kazakhstan, and Uzbekistan)',
  ],
  ['en', ca(2, []), 'Central Asia or its countries are named 2 times (no country by name)'],
  ['en', ca(1, ['tm']), 'Central Asia or one of its countries is named once (one of its 5 countries: Turkmenistan)'],
  ['en', EXAMPLES['summit-named'], 'Named 3 times: the China–Central Asia Summit, its documents or its centres'],
  ['en', EXAMPLES['mechanism-named'], 'Named once: the China–Central Asia mechanism'],
  ['en', EXAMPLES['summit-word'], 'The word “قمة” (summit) is followed by China and Central Asia 2 times'],
  ['en', EXAMPLES['close-pairs'], 'China is named near a mention of Central Asia 11 times'],
  ['en', EXAMPLES['venue-named'], "A summit city (Xi'an or Astana) is named 3 times"],
  ['en', EXAMPLES['forum-named'], 'Other forums with the same leaders (SCO, CIS …) are named 5 times'],
  ['en', EXAMPLES['power-named'], 'Named 100 times: Russia or its president'],
  [
    'en',
    EXAMPLES['forum-dominates'],
    'Another forum is named at least as often as this summit, so the page counts as related coverage',
  ],
  ['en', EXAMPLES['summit-signs'], 'At least two independent signs point to the China–Central Asia Summit'],
  [
    'en',
    EXAMPLES['summit-mentioned'],
    'The summit or its mechanism is named, but not enough to be what the page is about',
  ],
  ['en', EXAMPLES['named-together'], 'China and Central Asia are named together'],
  ['en', EXAMPLES['named-often'], 'China and Central Asia are named often enough on the page to matter'],
  [
    'en',
    EXAMPLES['project-story'],
    'Projects that are themselves the relations (a cross-border railway, pipeline or port) are named 4 times',
  ],
  [
    'en',
    EXAMPLES['leader-story'],
    "One of the summit's leaders is the page's story: named 3 times, from its opening lines",
  ],
  ['en', EXAMPLES['other-power'], 'Another power (Russia or its president) is named more often than China'],
  ['en', EXAMPLES['in-passing'], 'China and Central Asia appear only in passing'],
  ['en', EXAMPLES['one-side'], 'China and Central Asia are not both named'],

  ['zh', EXAMPLES['declared-lang'], '页面声明其语言为阿拉伯语'],
  ['zh', EXAMPLES['arabic-share'], `文本共 ${n('zh', 1234)} 个字母，其中 ${pct('zh', 97)} 为阿拉伯字母`],
  ['zh', share(0, 0), '文本中没有字母'],
  ['zh', EXAMPLES['marker-letters'], '出现哈萨克语或维吾尔语特有的字母：每千个阿拉伯字母中约有 3.1 个'],
  [
    'zh',
    EXAMPLES['arabic-letters'],
    '阿拉伯语独有的字母（ة ي ك）：每千个字母中有 52 个；波斯语和乌尔都语的写法（ی ک ے）：每千个字母中有 1 个',
  ],
  ['zh', EXAMPLES['reads-as'], '从用词看，文本像是波斯语'],
  ['zh', { code: 'reads-as', lang: 'urd' }, '从用词看，文本像是乌尔都语'],
  ['zh', { code: 'reads-as', lang: 'und' }, '文本太短或语言混杂，无法从用词判断语言'],
  ['zh', china(0), '未提到中国'],
  ['zh', china(1), '提到中国 1 次'],
  ['zh', china(1500), `提到中国 ${n('zh', 1500)} 次`],
  ['zh', EXAMPLES['side-named'], '提到中亚或其国家 7 次（涉及5国中的 3 个：吉尔吉斯斯坦、哈萨克斯坦和乌兹别克斯坦）'],
  ['zh', ca(2, []), '提到中亚或其国家 2 次（未点名具体国家）'],
  ['zh', EXAMPLES['summit-named'], '提到中国—中亚峰会及其文件或中心 3 次'],
  ['zh', EXAMPLES['mechanism-named'], '提到中国—中亚机制 1 次'],
  ['zh', EXAMPLES['summit-word'], '“قمة”（峰会）一词后紧接中国和中亚 2 次'],
  ['zh', EXAMPLES['close-pairs'], '中国在中亚被提到之处附近出现 11 次'],
  ['zh', EXAMPLES['venue-named'], '提到峰会举办城市（西安或阿斯塔纳）3 次'],
  ['zh', EXAMPLES['forum-named'], '提到由同一批领导人参加的其他论坛（上合组织、独联体等）5 次'],
  ['zh', EXAMPLES['power-named'], '提到俄罗斯或其总统 100 次'],
  ['zh', EXAMPLES['forum-dominates'], '另一论坛被提到的次数不少于本次峰会，因此视为相关报道'],
  ['zh', EXAMPLES['summit-signs'], '至少有两个相互独立的迹象指向中国—中亚峰会'],
  ['zh', EXAMPLES['summit-mentioned'], '提到了峰会或其机制，但不足以说明页面以此为主题'],
  ['zh', EXAMPLES['named-together'], '中国和中亚被一同提到'],
  ['zh', EXAMPLES['named-often'], '页面多处提到中国和中亚'],
  ['zh', EXAMPLES['project-story'], '提到本身即体现双方关系的项目（跨境铁路、管道或口岸）4 次'],
  ['zh', EXAMPLES['leader-story'], '页面以一位峰会领导人为主题：从开头起被提到 3 次'],
  ['zh', EXAMPLES['other-power'], '另一大国（俄罗斯或其总统）被提到的次数多于中国'],
  ['zh', EXAMPLES['in-passing'], '中国和中亚只是顺带提及'],
  ['zh', EXAMPLES['one-side'], '没有同时提到中国和中亚'],

  ['ar', EXAMPLES['declared-lang'], 'تذكر الصفحة أن لغتها العربية'],
  ['ar', { code: 'declared-lang', lang: 'fa' }, 'تذكر الصفحة أن لغتها الفارسية'],
  // Arabic counts: 0, 1 and 2 in words, 3–10 with a plural noun, 11–99 singular accusative, 100 singular genitive.
  ['ar', share(0, 0), 'لا يحتوي النص على أي حرف'],
  ['ar', share(100, 1), `نسبة الحروف المكتوبة بالخط العربي ${pct('ar', 100)} من أصل حرف واحد`],
  ['ar', share(50, 2), `نسبة الحروف المكتوبة بالخط العربي ${pct('ar', 50)} من أصل حرفين`],
  ['ar', share(67, 3), `نسبة الحروف المكتوبة بالخط العربي ${pct('ar', 67)} من أصل ${n('ar', 3)} أحرف`],
  ['ar', share(91, 11), `نسبة الحروف المكتوبة بالخط العربي ${pct('ar', 91)} من أصل ${n('ar', 11)} حرفًا`],
  ['ar', share(97, 100), `نسبة الحروف المكتوبة بالخط العربي ${pct('ar', 97)} من أصل ${n('ar', 100)} حرف`],
  [
    'ar',
    EXAMPLES['marker-letters'],
    `حروف تميّز اللغة الكازاخستانية أو الأويغورية: نحو ${n('ar', 3.1)} في كل ألف حرف بالخط العربي`,
  ],
  [
    'ar',
    EXAMPLES['arabic-letters'],
    `الحروف التي تنفرد بها العربية (ة ي ك): ${n('ar', 52)} في كل ألف حرف؛ وصيغها في الفارسية والأردية (ی ک ے): ${n('ar', 1)} في كل ألف حرف`,
  ],
  ['ar', EXAMPLES['reads-as'], 'يبدو من صياغة النص أنه مكتوب باللغة الفارسية'],
  ['ar', { code: 'reads-as', lang: 'urd' }, 'يبدو من صياغة النص أنه مكتوب باللغة الأوردية'],
  ['ar', { code: 'reads-as', lang: 'und' }, 'النص أقصر أو أكثر اختلاطًا من أن تُعرف لغته من صياغته'],
  ['ar', china(0), 'لم يرد ذكر الصين'],
  ['ar', china(1), 'ورد ذكر الصين مرة واحدة'],
  ['ar', china(2), 'ورد ذكر الصين مرتين'],
  ['ar', china(3), `ورد ذكر الصين ${n('ar', 3)} مرات`],
  ['ar', china(11), `ورد ذكر الصين ${n('ar', 11)} مرة`],
  ['ar', china(100), `ورد ذكر الصين ${n('ar', 100)} مرة`],
  ['ar', ca(0, []), 'لم يرد ذكر آسيا الوسطى'],
  ['ar', ca(1, ['kz']), `ورد ذكر آسيا الوسطى أو دولها مرة واحدة (دولة واحدة من دولها الـ${n('ar', 5)}: كازاخستان)`],
  [
    'ar',
    ca(2, ['kz', 'uz']),
    `ورد ذكر آسيا الوسطى أو دولها مرتين (دولتان من دولها الـ${n('ar', 5)}: كازاخستان وأوزبكستان)`,
  ],
  [
    'ar',
    EXAMPLES['side-named'],
    `ورد ذكر آسيا الوسطى أو دولها ${n('ar', 7)} مرات (${n('ar', 3)} من دولها الـ${n('ar', 5)}: قيرغيزستان وكازاخستان وأوزبكستان)`,
  ],
  ['ar', ca(11, []), `ورد ذكر آسيا الوسطى أو دولها ${n('ar', 11)} مرة (دون تسمية أي من دولها)`],
  ['ar', EXAMPLES['summit-named'], `ورد ذكر قمة الصين وآسيا الوسطى أو وثائقها أو مراكزها ${n('ar', 3)} مرات`],
  ['ar', { code: 'summit-named', count: 0 }, 'لم يرد ذكر قمة الصين وآسيا الوسطى أو وثائقها أو مراكزها'],
  ['ar', EXAMPLES['mechanism-named'], 'ورد ذكر آلية الصين وآسيا الوسطى مرة واحدة'],
  ['ar', EXAMPLES['summit-word'], 'وردت كلمة «قمة» متبوعةً بذكر الصين وآسيا الوسطى مرتين'],
  ['ar', EXAMPLES['close-pairs'], `ورد ذكر الصين قرب ذكر آسيا الوسطى ${n('ar', 11)} مرة`],
  ['ar', EXAMPLES['venue-named'], `ورد ذكر مدينة استضافت القمة (شيآن أو أستانا) ${n('ar', 3)} مرات`],
  [
    'ar',
    EXAMPLES['forum-named'],
    `ورد ذكر منتدى آخر يجمع القادة أنفسهم (مثل منظمة شنغهاي للتعاون ورابطة الدول المستقلة وغيرهما) ${n('ar', 5)} مرات`,
  ],
  ['ar', EXAMPLES['power-named'], `ورد ذكر روسيا أو رئيسها ${n('ar', 100)} مرة`],
  ['ar', { code: 'power-named', count: 0 }, 'لم يرد ذكر روسيا أو رئيسها'],
  ['ar', EXAMPLES['forum-dominates'], 'يُذكر منتدى آخر بقدر ما تُذكر هذه القمة أو أكثر، لذا تُعدّ الصفحة تغطية ذات صلة'],
  ['ar', EXAMPLES['summit-signs'], 'دلالتان مستقلتان على الأقل تشيران إلى قمة الصين وآسيا الوسطى'],
  ['ar', EXAMPLES['summit-mentioned'], 'ذُكرت القمة أو آليتها، لكن ليس بما يكفي لتكون موضوع الصفحة'],
  ['ar', EXAMPLES['named-together'], 'ورد ذكر الصين وآسيا الوسطى معًا'],
  ['ar', EXAMPLES['named-often'], 'يتكرر ذكر الصين وآسيا الوسطى في الصفحة بما يكفي ليكون ذا شأن'],
  [
    'ar',
    EXAMPLES['project-story'],
    'ورد ذكر مشروعات هي بذاتها جزء من العلاقات (سكة حديد أو خط أنابيب أو منفذ حدودي) 4 مرات',
  ],
  ['ar', EXAMPLES['leader-story'], 'أحد قادة القمة هو موضوع الصفحة: ورد اسمه 3 مرات منذ مطلعها'],
  ['ar', { code: 'leader-story', count: 2 }, 'أحد قادة القمة هو موضوع الصفحة: ورد اسمه مرتين منذ مطلعها'],
  ['ar', EXAMPLES['other-power'], 'ورد ذكر قوة أخرى (روسيا أو رئيسها) أكثر من ذكر الصين'],
  ['ar', EXAMPLES['in-passing'], 'لا يرد ذكر الصين وآسيا الوسطى إلا عرضًا'],
  ['ar', EXAMPLES['one-side'], 'لم يرد ذكر الصين وآسيا الوسطى معًا'],
];

describe('every reason in every interface language', () => {
  it.each(TABLE)('%s %j', (lang, reason, expected) => expect(render[lang](reason)).toBe(expected));

  it('covers every code in every language in the table above', () => {
    for (const lang of LANGUAGES) {
      const covered = new Set(TABLE.filter(([l]) => l === lang).map(([, r]) => r.code));
      expect(
        REASON_CODES.filter((code) => !covered.has(code)),
        lang,
      ).toEqual([]);
    }
  });
});

/** The same rule as locales/locales.test.ts: two Latin words in a row are an English phrase left untranslated. */
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[,;:]?\s+[A-Za-z][A-Za-z'’-]*)+/;

// Reasons as the detectors give them on the sample texts, with and without a declared language.
const annotator = new Annotator(index);
const detected: Reason[] = [
  ...languageSamples.flatMap((s) => [
    ...detectLanguage(s.text).reasons,
    ...detectLanguage(s.text, s.lang).reasons,
    ...annotator.annotate({ text: s.text }).topic.reasons,
  ]),
  ...topicSamples.flatMap((s) => {
    const annotation = annotator.annotate({ text: s.text, lang: 'ar' });
    return [...annotation.language.reasons, ...annotation.topic.reasons];
  }),
];
const COUNTS = [0, 1, 2, 3, 11, 100, 1234];
/** Every example, the counted ones at each count that selects a different plural form somewhere. */
const ALL: Reason[] = [
  ...Object.values(EXAMPLES).flatMap((r): Reason[] =>
    'count' in r
      ? COUNTS.map((count) => ({ ...r, count }))
      : r.code === 'arabic-share'
        ? COUNTS.map((letters) => ({ ...r, letters }))
        : [r],
  ),
  ...detected,
];

describe('Chinese and Arabic reasons are translated', () => {
  it.each(['zh', 'ar'] as const)('%s', (lang) => {
    const untranslated = ALL.map((r) => [render[lang](r), render.en(r)] as const).filter(
      ([text, english]) => LATIN_RUN.test(text) || text === english,
    );
    expect(untranslated).toEqual([]);
  });

  it('catches an English sentence, and one equal to the English', () => {
    expect(LATIN_RUN.test('franc reads it as pes')).toBe(true);
    expect(LATIN_RUN.test(render.en(EXAMPLES['summit-signs']))).toBe(true);
    expect(LATIN_RUN.test(render.zh(EXAMPLES['summit-signs']))).toBe(false);
  });
});

describe('every code has its strings', () => {
  it('knows every code the detectors give on the samples', () => {
    const seen = new Set(detected.map((r) => r.code));
    expect([...seen].filter((code) => !REASON_CODES.includes(code))).toEqual([]);
    // The samples exercise the evidence and at least one conclusion of each level.
    for (const code of ['declared-lang', 'arabic-share', 'marker-letters', 'reads-as', 'summit-signs', 'one-side']) {
      expect(seen).toContain(code);
    }
  });

  it.each(LANGUAGES)('%s: a string, or every plural form, for every code', (lang) => {
    const strings = reasonStrings[lang] as Record<string, string>;
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const missing = [...new Set([...REASON_CODES, ...detected.map((r) => r.code)])].filter(
      (code) => !(code in strings) && !categories.every((c) => `${code}_${c}` in strings),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every rendering is a filled sentence, never a key', (lang) => {
    for (const reason of ALL) {
      const text = render[lang](reason);
      expect(text, reason.code).not.toMatch(/\{\{|\}\}|reasons:/);
      expect(text, reason.code).not.toBe(reason.code);
      expect(text.length, reason.code).toBeGreaterThan(4);
    }
  });
});

describe('names', () => {
  it('maps franc codes to language names, and falls back to the code', () => {
    expect(languageName('pes', 'en')).toBe(new Intl.DisplayNames('en', { type: 'language' }).of('fa'));
    expect(languageName('pbt', 'zh')).toBe(new Intl.DisplayNames('zh', { type: 'language' }).of('ps'));
    expect(languageName('ar_EG', 'en')).toBe(new Intl.DisplayNames('en', { type: 'language' }).of('ar-EG'));
    expect(languageName('not a tag', 'ar')).toBe('not a tag');
  });

  it('names countries in the interface language, and falls back to the code', () => {
    expect(countryName('kz', 'ar')).toBe('كازاخستان');
    expect(countryName('uz', 'zh')).toBe('乌兹别克斯坦');
    expect(countryName('??', 'en')).toBe('??');
  });
});
