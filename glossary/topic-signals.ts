/**
 * What a mention of an entity tells the topic verdict (`lib/detect/topic.ts`). Kept beside the
 * data so a new entry can say its part; the data tests check that every id here exists.
 */

import type { TopicSignal } from '../lib/detect/topic';

const each = (signal: TopicSignal, ids: string[]) => Object.fromEntries(ids.map((id) => [id, signal]));

export const TOPIC_SIGNALS: Readonly<Record<string, TopicSignal>> = {
  // China: the country, its capital and regions, its leaders and the voices of its diplomacy.
  ...each('china', [
    'china',
    'beijing',
    'xian',
    'xinjiang',
    'shaanxi',
    'urumqi',
    'xi-jinping',
    'li-qiang',
    'li-keqiang',
    'wang-yi',
    'han-zheng',
    'cai-qi',
    'ding-xuexiang',
    'zhao-leji',
    'wang-huning',
    'peng-liyuan',
    'qin-gang',
    'mao-ning',
    'lin-jian',
    'guo-jiakun',
    'wang-wenbin',
    'hua-chunying',
    'chinese-foreign-ministry',
    'communist-party-of-china',
    'shanghai',
    'tianjin',
    'zhang-dejiang',
    'li-xi',
  ]),
  // Central Asia, by country, so the verdict can count how many of the five are present.
  'central-asia': 'ca:region',
  ...each('ca:kz', [
    'kazakhstan',
    'astana',
    'almaty',
    'kassym-jomart-tokayev',
    'nursultan-nazarbayev',
    'murat-nurtleu',
    'yermek-kosherbayev',
    'olzhas-bektenov',
    'mukhtar-tileuberdi',
    'erlan-idrissov',
  ]),
  ...each('ca:kg', ['kyrgyzstan', 'bishkek', 'osh', 'sadyr-japarov', 'jeenbek-kulubaev', 'adylbek-kasymaliev']),
  ...each('ca:tj', ['tajikistan', 'dushanbe', 'emomali-rahmon', 'sirojiddin-muhriddin', 'kokhir-rasulzoda']),
  ...each('ca:tm', [
    'turkmenistan',
    'ashgabat',
    'serdar-berdimuhamedov',
    'gurbanguly-berdimuhamedov',
    'rashid-meredov',
  ]),
  ...each('ca:uz', [
    'uzbekistan',
    'tashkent',
    'samarkand',
    'shavkat-mirziyoyev',
    'bakhtiyor-saidov',
    'abdulla-aripov',
    'abdulaziz-kamilov',
  ]),
  // The summit itself, its documents and what it opened.
  ...each('summit', [
    'china-central-asia-summit',
    'china-central-asia-summit-2023-xian',
    'china-central-asia-summit-2025-astana',
    'china-central-asia-summit-2027',
    'xian-declaration',
    'xian-summit-list-of-outcomes',
    'astana-declaration',
    'treaty-permanent-good-neighbourliness',
    'china-central-asia-poverty-reduction-cooperation-centre',
    'china-central-asia-education-exchange-cooperation-centre',
    'china-central-asia-desertification-cooperation-centre',
    'china-central-asia-smooth-trade-platform',
  ]),
  // The China–Central Asia mechanism and its standing parts (present without a summit too).
  ...each('mechanism', [
    'china-central-asia-mechanism',
    'china-central-asia-spirit',
    'china-central-asia-community-with-shared-future',
    'china-central-asia-secretariat',
    'china-central-asia-foreign-ministers-meeting',
    'china-central-asia-business-council',
    'china-central-asia-high-quality-development-years',
    'xian-vision',
  ]),
  // Another power with its own summits with the same leaders (Russia–Central Asia).
  ...each('power', ['russia', 'vladimir-putin']),
  // Other forums that bring the same leaders together, often in the same cities.
  ...each('forum', [
    'shanghai-cooperation-organisation',
    'cica',
    'commonwealth-of-independent-states',
    'eurasian-economic-union',
    'collective-security-treaty-organization',
    'organization-of-turkic-states',
    'brics',
    'carec',
  ]),
};

/** Cities that hosted a China–Central Asia Summit: named beside the summit, they confirm it. */
export const SUMMIT_VENUES: readonly string[] = ['xian', 'astana'];

/**
 * The summit as a series and its editions, each with the city that hosted it: on a page that names
 * one edition only (or, on a summit page, one host city only), "the China–Central Asia summit" is
 * that edition.
 */
export const SUMMIT_SERIES = {
  series: 'china-central-asia-summit',
  editions: [
    { id: 'china-central-asia-summit-2023-xian', venue: 'xian' },
    { id: 'china-central-asia-summit-2025-astana', venue: 'astana' },
    { id: 'china-central-asia-summit-2027', venue: null },
  ],
} as const;
