/**
 * What a mention of an entity tells the topic verdict (`lib/detect/topic.ts`). Kept beside the
 * data so a new entry can say its part; the data tests check that every id here exists.
 */

import type { TopicSignal } from '../lib/detect/topic';

export const TOPIC_SIGNALS: Readonly<Record<string, TopicSignal>> = {
  // China: the country, its capital, its leaders.
  china: 'china',
  beijing: 'china',
  'xi-jinping': 'china',
  'li-qiang': 'china',
  'wang-yi': 'china',
  // Central Asia, by country, so the verdict can count how many of the five are present.
  'central-asia': 'ca:region',
  kazakhstan: 'ca:kz',
  astana: 'ca:kz',
  'kassym-jomart-tokayev': 'ca:kz',
  kyrgyzstan: 'ca:kg',
  bishkek: 'ca:kg',
  'sadyr-japarov': 'ca:kg',
  tajikistan: 'ca:tj',
  dushanbe: 'ca:tj',
  'emomali-rahmon': 'ca:tj',
  turkmenistan: 'ca:tm',
  ashgabat: 'ca:tm',
  'serdar-berdimuhamedov': 'ca:tm',
  uzbekistan: 'ca:uz',
  tashkent: 'ca:uz',
  'shavkat-mirziyoyev': 'ca:uz',
};
