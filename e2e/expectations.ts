/** What both browsers must show on the sample article (samples/summit-article.html). */

export const SAMPLE = '/samples/summit-article.html';

/** A subset of the highlights the sample must have, by highlight name. */
export const EXPECTED_HIGHLIGHTS: Record<string, string[]> = {
  'rafiq-person': [
    'شي جين بينغ',
    'قاسم جومارت توكاييف',
    'صدير جاباروف',
    'إمام علي رحمان',
    'سردار بردي محمدوف',
    'شوكت ميرضيايف',
  ],
  'rafiq-country': ['الكازاخية', 'الصيني', 'كازاخستان', 'وقيرغيزستان', 'وطاجيكستان', 'وتركمانستان', 'وأوزبكستان'],
};

/** Words in the sample that look like names but are not: they must never be highlighted. */
export const NEVER_HIGHLIGHTED = ['شيئا'];

export const HOVER_TARGET: [string, string] = ['rafiq-person', 'قاسم جومارت توكاييف'];
export const HOVER_ENTITY = 'kassym-jomart-tokayev';
export const HOVER_EN = 'Kassym-Jomart Tokayev';
export const HOVER_ZH = '托卡耶夫';
